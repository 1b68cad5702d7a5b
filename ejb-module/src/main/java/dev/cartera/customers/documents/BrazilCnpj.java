package dev.cartera.customers.documents;

import static dev.cartera.customers.documents.Refusals.refuse;

import dev.cartera.customers.CustomerKind;
import java.util.Optional;

/**
 * Brazil's CNPJ (Cadastro Nacional da Pessoa Jurídica): 12 characters and two mod-11 check digits. Since
 * July 2026 the Receita Federal issues new CNPJs whose 12 first characters may be letters A–Z (IN RFB
 * 2.229/2024); the check digits stay numeric and numeric CNPJs keep their digits, so one rule serves both.
 */
final class BrazilCnpj implements DocumentRule {

    static final int LENGTH = 14;

    static final int BODY_LENGTH = LENGTH - 2;

    static final int[] WEIGHTS = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    @Override
    public DocumentCheck check(String number) {
        Optional<DocumentCheck.Invalid> refusal = Refusals.unlessUpperAlphanumeric(DocumentTypeCode.CNPJ,
                number, LENGTH, LENGTH, "12 letters or digits and then 2 check digits");
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String checkDigits = number.substring(BODY_LENGTH);
        if (Digits.firstNonDigit(checkDigits) >= 0) {
            return refuse(DocumentTypeCode.CNPJ, DocumentProblem.NOT_NUMERIC,
                    "%s ends with %s; the last two characters of a CNPJ are its check digits, which are digits",
                    number, checkDigits);
        }
        if (Digits.allSame(number)) {
            return refuse(DocumentTypeCode.CNPJ, DocumentProblem.REPEATED_DIGITS,
                    "%s repeats one digit; no CNPJ like that is ever issued", number);
        }
        if (!BrazilCheckDigits.of(number.substring(0, BODY_LENGTH), WEIGHTS).equals(checkDigits)) {
            return refuse(DocumentTypeCode.CNPJ, DocumentProblem.BAD_CHECK_DIGIT,
                    "%s fails the CNPJ check digits: the last two digits do not match the mod-11 check of the "
                            + "first twelve characters, so it is mistyped or not a real CNPJ",
                    number);
        }
        return new DocumentCheck.Valid(DocumentTypeCode.CNPJ, number, CustomerKind.COMPANY, Optional.empty());
    }
}
