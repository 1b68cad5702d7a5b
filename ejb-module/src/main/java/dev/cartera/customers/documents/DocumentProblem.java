package dev.cartera.customers.documents;

/**
 * Why a document number was refused, as a stable machine code: the CSV import and the API map these to
 * their own error codes, while {@link DocumentCheck.Invalid#message()} carries the text for people.
 */
public enum DocumentProblem {
    /** Nothing but blanks or separators was given. */
    EMPTY,
    /** Too few or too many digits (or characters) for the type, including absurdly long input. */
    WRONG_LENGTH,
    /** A character other than a digit where the type has digits only. */
    NOT_NUMERIC,
    /** A character other than A–Z or 0–9 where the type allows letters (passport, CNPJ). */
    NOT_ALPHANUMERIC,
    /** A number that is never issued with a leading zero (CC, CE, NIT) starts with 0. */
    LEADING_ZERO,
    /** An Ecuadorian number whose first two digits are not a province code (01–24, 30 or 50). */
    BAD_PROVINCE,
    /** An Ecuadorian number whose third digit is not allowed for its type. */
    BAD_THIRD_DIGIT,
    /** The check digit(s) do not match the rest of the number: a typo, or not a real number. */
    BAD_CHECK_DIGIT,
    /** A RUC whose establishment number is all zeros. */
    BAD_ESTABLISHMENT,
    /** A CPF or CNPJ made of one repeated digit: arithmetically valid, never issued. */
    REPEATED_DIGITS,
    /** A valid 10-digit cédula sent as a RUC; a cédula must never stand in for a RUC. */
    CEDULA_AS_RUC,
    /** A valid 13-digit RUC sent as a cédula. */
    RUC_AS_CEDULA;

    /**
     * @return true when the number is valid for another document type than the one it was sent as, so the
     *         fix is to change the type, not the number (the import reports these as a type mismatch)
     */
    public boolean isTypeMismatch() {
        return this == CEDULA_AS_RUC || this == RUC_AS_CEDULA;
    }
}
