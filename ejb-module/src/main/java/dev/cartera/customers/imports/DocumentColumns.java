package dev.cartera.customers.imports;

import dev.cartera.shared.i18n.Message;
import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentProblem;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.imports.ImportColumn;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.ValidationCode;
import dev.cartera.shared.TextFolding;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a CSV row names a customer's document, for every dataset that refers to customers: a RUC column, a Cédula
 * column (each fixes the type of its values), or a type column with a number column.
 */
public final class DocumentColumns {

    public static final String DOCUMENT_TYPE = "documentType";
    public static final String DOCUMENT_NUMBER = "documentNumber";
    /** A column of RUCs: its values are RUCs whatever they look like. */
    public static final String RUC = "ruc";
    /** A column of cédulas (CI). */
    public static final String CEDULA = "cedula";

    public static final List<ImportColumn> ALL = List.of(
            ImportColumn.optional(DOCUMENT_TYPE, 16, "tipo_documento", "tipo de documento", "tipo_identificacion",
                    "tipo de identificación", "tipo_doc", "document_type", "customerDocumentType", "tipo de documento do cliente"),
            ImportColumn.optional(DOCUMENT_NUMBER, 64, "numero_documento", "número de documento", "documento",
                    "identificacion", "identificación", "numero_identificacion", "document_number", "document",
                    "número do documento", "customerDocumentNumber"),
            ImportColumn.optional(RUC, 64, "ruc"),
            ImportColumn.optional(CEDULA, 64, "cédula", "cedula", "ci", "cédula de identidad"));

    private static final Map<String, DocumentTypeCode> TYPE_NAMES = Map.of(
            "cedula", DocumentTypeCode.CI, "cedula de identidad", DocumentTypeCode.CI,
            "pasaporte", DocumentTypeCode.PASSPORT, "passaporte", DocumentTypeCode.PASSPORT,
            "cedula de ciudadania", DocumentTypeCode.CC, "cedula de extranjeria", DocumentTypeCode.CE);

    /**
     * What a row says of its document.
     *
     * @param type  the document type, when the row tells it (even if the number is invalid); null otherwise
     * @param valid the valid canonical document; null when the row was rejected for it
     */
    public record Read(DocumentTypeCode type, DocumentCheck.Valid valid) {
    }

    private DocumentColumns() {
    }

    /** The document, described for people, when the header has none of the ways to give it; empty otherwise. */
    public static List<String> missing(Set<String> present) {
        boolean typed = present.contains(DOCUMENT_TYPE) && present.contains(DOCUMENT_NUMBER);
        if (typed || present.contains(RUC) || present.contains(CEDULA)) {
            return List.of();
        }
        return List.of("the document: a RUC column, a Cédula column, or Tipo de documento (documentType) with "
                + "Número de documento (documentNumber)");
    }

    /** What the header of a dataset whose rows name a customer misses: the document, then its required columns. */
    public static List<String> missing(Set<String> present, List<ImportColumn> columns) {
        return Stream.concat(missing(present).stream(), ImportColumn.missingRequired(columns, present).stream()).toList();
    }

    /** Reads and checks the row's document, rejecting the row (with its code) when it is missing or invalid. */
    public static Read read(ImportRow row) {
        DocumentTypeCode type = null;
        String column;
        if (row.value(RUC) != null) {
            type = DocumentTypeCode.RUC;
            column = RUC;
        } else if (row.value(CEDULA) != null) {
            type = DocumentTypeCode.CI;
            column = CEDULA;
        } else if (row.has(DOCUMENT_NUMBER)) {
            column = DOCUMENT_NUMBER;
            String typeText = row.value(DOCUMENT_TYPE);
            if (typeText == null) {
                row.reject(DOCUMENT_TYPE, ValidationCode.EMPTY_VALUE, null,
                        Message.of("import.problem.required", row.header(DOCUMENT_TYPE)));
            } else {
                type = documentType(typeText).orElse(null);
                if (type == null) {
                    row.reject(DOCUMENT_TYPE, ValidationCode.WRONG_TYPE, typeText, Message.of(
                            "import.problem.notADocumentType", typeText, Arrays.stream(DocumentTypeCode.values())
                            .map(Enum::name).collect(Collectors.joining(", "))));
                }
            }
        } else {
            column = row.has(RUC) ? RUC : CEDULA;
        }
        String number = row.value(column);
        if (number == null) {
            row.reject(column, ValidationCode.EMPTY_VALUE, null, Message.of("import.problem.documentNumberRequired"));
            return new Read(type, null);
        }
        if (type == null || row.flagged(column)) {
            return new Read(type, null);
        }
        DocumentCheck check = DocumentNumbers.check(type, number);
        if (check instanceof DocumentCheck.Invalid invalid) {
            ValidationCode code = invalid.problem().isTypeMismatch() ? ValidationCode.DOCUMENT_TYPE_MISMATCH
                    : invalid.problem() == DocumentProblem.EMPTY ? ValidationCode.EMPTY_VALUE
                    : ValidationCode.INVALID_DOCUMENT;
            row.reject(column, code, number, Message.of("document.problem." + invalid.problem().name(), number,
                    Message.of("document.rule." + type.name())));
            return new Read(type, null);
        }
        return new Read(type, (DocumentCheck.Valid) check);
    }

    /** A type code (CI, RUC...) or its name in Spanish or Portuguese ("Cédula", "Pasaporte"). */
    public static Optional<DocumentTypeCode> documentType(String text) {
        return DocumentTypeCode.parse(text).or(() -> Optional.ofNullable(TYPE_NAMES.get(TextFolding.fold(text))));
    }

    /** The column that carried the document, for issues about the customer it names. */
    public static String column(ImportRow row) {
        return row.value(RUC) != null ? RUC : row.value(CEDULA) != null ? CEDULA : DOCUMENT_NUMBER;
    }
}
