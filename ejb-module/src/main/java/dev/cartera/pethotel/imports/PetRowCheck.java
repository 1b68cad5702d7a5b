package dev.cartera.pethotel.imports;

import dev.cartera.shared.i18n.Message;
import static dev.cartera.pethotel.imports.PetColumns.BIRTH_YEAR;
import static dev.cartera.pethotel.imports.PetColumns.BREED;
import static dev.cartera.pethotel.imports.PetColumns.NAME;
import static dev.cartera.pethotel.imports.PetColumns.OWNER;
import static dev.cartera.pethotel.imports.PetColumns.PET_ID;

import dev.cartera.imports.ImportRow;
import dev.cartera.imports.RowCheck;
import dev.cartera.imports.ValidationCode;
import dev.cartera.pethotel.PetDetails;
import dev.cartera.pethotel.PetRegister;
import dev.cartera.pethotel.PetRules;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules of one pets row, in plain Java. */
final class PetRowCheck {

    /** A year alone, as the register writes it, or a whole date in the spellings spreadsheets produce. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\.0+)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private PetRowCheck() {
    }

    /** @param currentYear the year today in the company's zone */
    static RowCheck<PetRegister.Row> check(ImportRow row, int currentYear) {
        String petId = petId(row);
        Integer birthYear = birthYear(row, currentYear);
        if (!row.issues().isEmpty()) {
            return new RowCheck.Rejected<>(row.issues());
        }
        PetDetails details = new PetDetails(row.value(NAME), row.value(OWNER), row.value(BREED), birthYear);
        return new RowCheck.Accepted<>(petId, new PetRegister.Row(petId, PetRules.check(details, currentYear)));
    }

    /** The register's form: 32 lowercase hex digits; a UUID with dashes or in capitals is the same pet. */
    static String petId(ImportRow row) {
        String given = row.value(PET_ID);
        if (given == null || row.flagged(PET_ID)) {
            return null;
        }
        String petId = given.replace("-", "").toLowerCase(Locale.ROOT);
        if (!PetRules.isPetId(petId)) {
            row.reject(PET_ID, ValidationCode.WRONG_TYPE, given, Message.of("import.problem.notAPetId", given));
            return null;
        }
        return petId;
    }

    private static Integer birthYear(ImportRow row, int currentYear) {
        String given = row.value(BIRTH_YEAR);
        if (given == null || row.flagged(BIRTH_YEAR)) {
            return null;
        }
        OptionalInt year = year(given);
        if (year.isEmpty()) {
            row.reject(BIRTH_YEAR, ValidationCode.WRONG_TYPE, given, Message.of("import.problem.notAYear", given));
            return null;
        }
        int value = year.getAsInt();
        if (value < PetRules.FIRST_YEAR || value > currentYear) {
            row.reject(BIRTH_YEAR, ValidationCode.OUT_OF_RANGE, given, Message.of("import.problem.birthYear",
                    PetRules.FIRST_YEAR, currentYear, value));
            return null;
        }
        return value;
    }

    static OptionalInt year(String text) {
        for (Pattern form : new Pattern[] {YEAR, ISO_DATE}) {
            Matcher matcher = form.matcher(text);
            if (matcher.matches() && (form == YEAR || validMonthDay(matcher.group(2), matcher.group(3)))) {
                return OptionalInt.of(Integer.parseInt(matcher.group(1)));
            }
        }
        Matcher dayFirst = DAY_FIRST_DATE.matcher(text);
        if (dayFirst.matches() && validMonthDay(dayFirst.group(2), dayFirst.group(1))) {
            return OptionalInt.of(Integer.parseInt(dayFirst.group(3)));
        }
        return OptionalInt.empty();
    }

    private static boolean validMonthDay(String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }
}
