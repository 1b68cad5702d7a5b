package dev.cartera.web.pethotel;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The multipart form of {@code POST /api/picture/{petId}} as the OpenAPI document describes it (a file picker).
 * A field, not a record: Payara's scanner fails on {@code @Schema} on a record's accessor methods.
 */
@Schema(name = "PictureForm", description = "The pet's picture as a form part")
@SuppressWarnings("unused")
public final class PictureForm {

    @Schema(required = true, type = SchemaType.STRING, format = "binary", description = "A JPEG, PNG or WebP")
    private String file;

    private PictureForm() {
    }
}
