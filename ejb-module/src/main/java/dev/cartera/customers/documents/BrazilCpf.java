package dev.cartera.customers.documents;

import static dev.cartera.customers.documents.Refusals.refuse;

import dev.cartera.customers.CustomerKind;
import java.util.Optional;

/** Brazil's CPF (Cadastro de Pessoas Físicas): nine digits and two mod-11 check digits. */
final class BrazilCpf implements DocumentRule {

    static final int LENGTH = 11;

    static final int[] WEIGHTS = {11, 10, 9, 8, 7, 6, 5, 4, 3, 2};

    @Override
    public DocumentCheck check(String number) {
        Optional<DocumentCheck.Invalid> refusal = Refusals.unlessDigits(DocumentTypeCode.CPF, number, LENGTH, LENGTH);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (Digits.allSame(number)) {
            return refuse(DocumentTypeCode.CPF, DocumentProblem.REPEATED_DIGITS,
                    "%s repeats one digit; such numbers pass the CPF check digits but are never issued", number);
        }
        if (!BrazilCheckDigits.of(number.substring(0, LENGTH - 2), WEIGHTS).equals(number.substring(LENGTH - 2))) {
            return refuse(DocumentTypeCode.CPF, DocumentProblem.BAD_CHECK_DIGIT,
                    "%s fails the CPF check digits: the last two digits do not match the mod-11 check of the "
                            + "first nine, so it is mistyped or not a real CPF",
                    number);
        }
        return new DocumentCheck.Valid(DocumentTypeCode.CPF, number, CustomerKind.PERSON, Optional.empty());
    }
}
