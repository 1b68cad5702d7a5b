package dev.cartera.pethotel;

import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** The register's rules, in plain Java: identifiers, required names and the birth year. */
public final class PetRules {

    public static final String PET_ID = "petId";
    public static final String NAME = "nome_pet";
    public static final String OWNER = "dono";
    public static final String BREED = "raca";
    public static final String BIRTH_YEAR = "data_nascimento";

    public static final int TEXT_MAX = 100;
    public static final int FIRST_YEAR = 1990;

    private static final Pattern PET_ID_FORMAT = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PetRules() {
    }

    public static boolean isPetId(String value) {
        return value != null && PET_ID_FORMAT.matcher(value).matches();
    }

    /** @throws InvalidInputException naming {@code petId} when it is not 32 lowercase hex digits */
    public static String requirePetId(String value) {
        if (!isPetId(value)) {
            throw new InvalidInputException(InvalidInputException.FieldProblem.of(PET_ID, "INVALID_PET_ID",
                    "must be 32 lowercase hexadecimal digits, such as b7681b0ee1bd455b81ecb4e46a2f4346"));
        }
        return value;
    }

    /** 128 random bits as 32 lowercase hex digits, the register's format. */
    public static String newPetId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * @param currentYear the year today in the company's zone: a birth year after it is refused
     * @return the details trimmed
     * @throws InvalidInputException naming every field to fix
     */
    public static PetDetails check(PetDetails details, int currentYear) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = text(NAME, details.name(), problems);
        String owner = text(OWNER, details.owner(), problems);
        String breed = text(BREED, details.breed(), problems);
        Integer year = details.birthYear();
        if (year == null) {
            problems.add(FieldProblem.of(BIRTH_YEAR, "REQUIRED", "is required: the birth year, such as 2018"));
        } else if (year < FIRST_YEAR || year > currentYear) {
            problems.add(FieldProblem.of(BIRTH_YEAR, "YEAR_OUT_OF_RANGE", "must be a year from " + FIRST_YEAR + " to "
                    + currentYear + "; got " + year, FIRST_YEAR, currentYear, year));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PetDetails(name, owner, breed, year);
    }

    private static String text(String field, String value, List<FieldProblem> problems) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            problems.add(FieldProblem.of(field, "REQUIRED", "is required"));
        } else if (trimmed.length() > TEXT_MAX) {
            problems.add(FieldProblem.of(field, "TOO_LONG", "must be at most " + TEXT_MAX + " characters", TEXT_MAX));
        }
        return trimmed;
    }
}
