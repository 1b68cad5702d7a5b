package dev.cartera.customers.documents;

import dev.cartera.customers.CustomerKind;
import java.util.Optional;

/**
 * A passport number of any country: 5 to 20 letters A–Z or digits, the characters a machine-readable
 * passport (ICAO 9303) can hold. No check digit is verified: each country computes its own, if any.
 */
final class Passport implements DocumentRule {

    static final int MIN_LENGTH = 5;
    static final int MAX_LENGTH = 20;

    @Override
    public DocumentCheck check(String number) {
        Optional<DocumentCheck.Invalid> refusal = Refusals.unlessUpperAlphanumeric(DocumentTypeCode.PASSPORT,
                number, MIN_LENGTH, MAX_LENGTH, "letters A to Z and digits only");
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return new DocumentCheck.Valid(DocumentTypeCode.PASSPORT, number, CustomerKind.PERSON, Optional.empty());
    }
}
