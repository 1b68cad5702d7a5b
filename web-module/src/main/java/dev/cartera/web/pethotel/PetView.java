package dev.cartera.web.pethotel;

import dev.cartera.pethotel.Pet;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A pet in the register's own words, plus a link to its picture and the timestamps. */
@JsonbPropertyOrder({"petId", "nome_pet", "dono", "raca", "data_nascimento", "picture", "createdAt", "updatedAt"})
public record PetView(
        @JsonbProperty("petId") String petId,
        @JsonbProperty("nome_pet") String name,
        @JsonbProperty("dono") String owner,
        @JsonbProperty("raca") String breed,
        @JsonbProperty("data_nascimento") int birthYear,
        @JsonbProperty("picture") Links picture,
        @JsonbProperty("createdAt") Instant createdAt,
        @JsonbProperty("updatedAt") Instant updatedAt) {

    /** An answer as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "petId": "a8df3c9db65f076d90faf15229039c4d",
              "nome_pet": "Luna",
              "dono": "Ana Souza",
              "raca": "SRD",
              "data_nascimento": 2019,
              "picture": {
                "png": "/api/picture/a8df3c9db65f076d90faf15229039c4d.png",
                "original": "/api/picture/a8df3c9db65f076d90faf15229039c4d"
              },
              "createdAt": "2026-12-05T03:12:05.503880Z",
              "updatedAt": "2026-12-05T03:12:05.503880Z"
            }""";


    /** Where the picture is, if the pet has one (404 otherwise). */
    public record Links(String png, String original) {
    }

    public static PetView of(Pet pet) {
        return new PetView(pet.petId(), pet.name(), pet.owner(), pet.breed(), pet.birthYear(),
                new Links("/api/picture/" + pet.petId() + ".png", "/api/picture/" + pet.petId()),
                pet.createdAt(), pet.updatedAt());
    }
}
