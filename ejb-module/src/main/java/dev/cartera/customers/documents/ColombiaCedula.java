package dev.cartera.customers.documents;

import dev.cartera.customers.CustomerKind;
import java.util.Optional;

/**
 * Colombia's cédula de ciudadanía (CC) and cédula de extranjería (CE): plain serial numbers with no check
 * digit, so only the length and the absence of a leading zero can be checked. Leading zeros are refused
 * rather than dropped so that "012345" and "12345" cannot become two customers.
 */
final class ColombiaCedula implements DocumentRule {

    private final DocumentTypeCode type;
    private final int minLength;
    private final int maxLength;

    ColombiaCedula(DocumentTypeCode type, int minLength, int maxLength) {
        this.type = type;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    @Override
    public DocumentCheck check(String number) {
        Optional<DocumentCheck.Invalid> refusal = Refusals.unlessDigits(type, number, minLength, maxLength)
                .or(() -> Refusals.unlessNoLeadingZero(type, number));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return new DocumentCheck.Valid(type, number, CustomerKind.PERSON, Optional.empty());
    }
}
