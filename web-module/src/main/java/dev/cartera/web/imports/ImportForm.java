package dev.cartera.web.imports;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The parts of {@code POST /api/imports} as the OpenAPI document describes them, so the interactive page offers a
 * file picker and client generators a typed form. {@link ImportResource#upload} reads the parts itself (it needs
 * the file as a stream); {@code ImportFormTest} keeps the choices here equal to the service's. Fields, not a
 * record: Payara's scanner fails on {@code @Schema} on a record's accessor methods.
 */
@Schema(name = "ImportForm", description = "A CSV to import, and how")
@SuppressWarnings("unused")
public final class ImportForm {

    @Schema(required = true, type = SchemaType.STRING, format = "binary",
            description = "The CSV (UTF-8, or Windows-1252 as Excel saves it)")
    private String file;

    @Schema(required = true, enumeration = {"customers", "pets", "loans", "purchases"}, description = "What the rows are")
    private String dataset;

    @Schema(enumeration = {"apply", "dry-run"}, defaultValue = "apply",
            description = "apply writes the valid rows; dry-run only checks and reports")
    private String mode;

    @Schema(description = "A JSON object from the file's headers to field names, for headers the import does not recognise",
            example = "{\"Nro. Documento\": \"documentNumber\"}")
    private String mapping;

    @Schema(defaultValue = "false",
            description = "true applies the column suggestions the import is confident of without asking")
    private boolean acceptSuggestions;

    private ImportForm() {
    }
}
