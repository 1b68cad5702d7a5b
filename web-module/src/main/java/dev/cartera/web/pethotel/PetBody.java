package dev.cartera.web.pethotel;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A pet as {@code POST} and {@code PUT /api/pet} take it, in the register's own field names, for the OpenAPI
 * document: {@link PetJson} reads the body itself to name every unknown field, and {@code PetBodyTest} keeps the
 * names here equal to the ones it accepts. Fields, not a record: Payara's scanner fails on {@code @Schema} on a
 * record's accessor methods.
 */
@Schema(name = "PetBody", description = "A pet in the register's own field names; an unknown field is refused")
@SuppressWarnings("unused")
public final class PetBody {

    @Schema(name = "petId", pattern = "^[0-9a-f]{32}$", example = "4f1c2a9be0d347a6b8c95e2f7d0a1b3c",
            description = "32 lowercase hex digits; generated when absent on POST, required on PUT")
    private String petId;

    @Schema(name = "nome_pet", required = true, example = "Luna", description = "The pet's name")
    private String name;

    @Schema(name = "dono", required = true, example = "Ana Souza", description = "The owner's name")
    private String owner;

    @Schema(name = "raca", required = true, example = "SRD", description = "The breed")
    private String breed;

    @Schema(name = "data_nascimento", required = true, type = SchemaType.INTEGER, format = "int32", example = "2019",
            description = "The year of birth")
    private int birthYear;

    private PetBody() {
    }
}
