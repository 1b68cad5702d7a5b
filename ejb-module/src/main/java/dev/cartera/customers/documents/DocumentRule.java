package dev.cartera.customers.documents;

/** The rules of one document type. */
interface DocumentRule {

    /**
     * @param number already normalised by {@link DocumentNumbers#normalize}: not empty, separators removed,
     *               at most {@link DocumentNumbers#MAX_INPUT_LENGTH} characters
     */
    DocumentCheck check(String number);
}
