package dev.cartera.pethotel.imports;

import dev.cartera.imports.ImportColumn;
import dev.cartera.imports.ValueShape;
import dev.cartera.pethotel.PetRules;
import java.util.List;

/**
 * The columns of the pets CSV: the register's own names (Portuguese, as the shop hands it over) first, then
 * Spanish and English (see docs/csv-formats.md).
 */
final class PetColumns {

    static final String PET_ID = PetRules.PET_ID;
    static final String NAME = PetRules.NAME;
    static final String OWNER = PetRules.OWNER;
    static final String BREED = PetRules.BREED;
    static final String BIRTH_YEAR = PetRules.BIRTH_YEAR;

    static final List<ImportColumn> ALL = List.of(
            // a UUID with its dashes is longer than the 32 digits kept
            ImportColumn.required(PET_ID, 36, "pet_id", "id_pet", "id_mascota", "codigo_mascota", "código mascota")
                    .describedAs("código de la mascota", "identificador do pet", "código do animal", "pet id",
                            "animal identifier", "pet code")
                    .holding(ValueShape.CODE),
            ImportColumn.required(NAME, PetRules.TEXT_MAX, "nome", "nome do pet", "nombre_mascota", "nombre de la mascota",
                    "mascota", "pet_name", "pet name", "name")
                    .describedAs("nombre de la mascota", "nombre del animal", "nombre del perro", "nome do animal", "nome do cachorro",
                            "pet name", "animal name", "dog name")
                    .holding(ValueShape.WORDS),
            ImportColumn.required(OWNER, PetRules.TEXT_MAX, "dono", "tutor", "dueño", "dueno", "propietario",
                    "owner", "owner_name")
                    .describedAs("dueño de la mascota", "propietario del animal", "tutor responsável", "dono do animal",
                            "pet owner", "owner name")
                    .holding(ValueShape.WORDS),
            ImportColumn.required(BREED, PetRules.TEXT_MAX, "raça", "raza", "breed")
                    .describedAs("raza de la mascota", "raza del perro", "raça do animal", "dog breed", "breed name")
                    .holding(ValueShape.WORDS),
            ImportColumn.required(BIRTH_YEAR, 10, "data de nascimento", "ano_nascimento", "ano de nascimento",
                    "fecha_nacimiento", "fecha de nacimiento", "año_nacimiento", "año de nacimiento", "birth_year",
                    "birth_date", "born")
                    .describedAs("año de nacimiento de la mascota", "fecha de nacimiento", "ano de nascimento do animal",
                            "year of birth", "date of birth")
                    .holding(ValueShape.YEAR, ValueShape.DATE));

    private PetColumns() {
    }
}
