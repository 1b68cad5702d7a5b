package dev.cartera.imports;

/** The stable codes of the rules a row can break; the job lists the ones its dataset applies. */
public enum ValidationCode {
    /** A required column is absent: the job fails at once. */
    MISSING_COLUMN,
    /** A required value is empty. */
    EMPTY_VALUE,
    /** A number, date, year or code does not parse. */
    WRONG_TYPE,
    /** A number or date that parses but is not one the column takes: an amount of 0, a date in the future. */
    OUT_OF_RANGE,
    INVALID_EMAIL,
    INVALID_PHONE,
    /** A document number with a wrong check digit or length. */
    INVALID_DOCUMENT,
    /** A number valid for another document type than its column's (a cédula in a RUC column). */
    DOCUMENT_TYPE_MISMATCH,
    /** The city or province is not in the reference data. */
    UNKNOWN_CITY,
    /** The row's customer (by document) is not in the directory. */
    UNKNOWN_CUSTOMER,
    /** The row's key is already recorded for another customer (an invoice number), and a record never changes hands. */
    INVOICE_OF_ANOTHER_CUSTOMER,
    VALUE_TOO_LONG,
    /** The row repeats the key of an earlier row of the same file. */
    DUPLICATE_IN_FILE,
    /** Too many or too few fields. */
    MALFORMED_ROW
}
