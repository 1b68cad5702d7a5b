package dev.cartera.imports;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The stable codes of the rules a row can break; the job lists the ones its dataset applies. */
public enum ValidationCode {
    /** A required column is absent: the job fails at once. */
    MISSING_COLUMN,
    /** A required value is empty. */
    EMPTY_VALUE,
    /** A number, date, year or code does not parse. */
    WRONG_TYPE,
    /** A value parses but lies outside what its field takes (a birth year in the future, a rate over 100). */
    OUT_OF_RANGE,
    INVALID_EMAIL,
    INVALID_PHONE,
    /** A document number with a wrong check digit or length. */
    INVALID_DOCUMENT,
    /** A number valid for another document type than its column's (a cédula in a RUC column). */
    DOCUMENT_TYPE_MISMATCH,
    /** The city or province is not in the reference data. */
    UNKNOWN_CITY,
    /** The row names a customer (by document) that is not in the directory. */
    UNKNOWN_CUSTOMER,
    /** The row's key is already recorded for another customer (an invoice number); a record never changes hands. */
    INVOICE_OF_ANOTHER_CUSTOMER,
    /** The row's key matches several existing records, so the import cannot tell which one it means. */
    AMBIGUOUS_KEY,
    /** The row asks for a status its record cannot reach from the one it has (a paid loan back to requested). */
    ILLEGAL_TRANSITION,
    VALUE_TOO_LONG,
    /** The row repeats the key of an earlier row of the same file. */
    DUPLICATE_IN_FILE,
    /** Too many or too few fields. */
    MALFORMED_ROW;

    /** The rules the engine applies to every dataset, whatever its columns. */
    private static final Set<ValidationCode> ENGINE = EnumSet.of(MISSING_COLUMN, EMPTY_VALUE, VALUE_TOO_LONG,
            DUPLICATE_IN_FILE, MALFORMED_ROW);

    /** A dataset's own codes with the engine's, in this enum's order: what {@link ImportDataset#validations} lists. */
    public static List<ValidationCode> withEngineRules(ValidationCode... own) {
        Set<ValidationCode> all = EnumSet.copyOf(ENGINE);
        all.addAll(Arrays.asList(own));
        return List.copyOf(all);
    }
}
