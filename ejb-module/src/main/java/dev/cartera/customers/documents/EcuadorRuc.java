package dev.cartera.customers.documents;

import static dev.cartera.customers.documents.Refusals.refuse;

import java.util.Optional;

/**
 * Ecuador's RUC (Registro Único de Contribuyentes): 13 digits, a province code, a third digit that says
 * which {@link RucKind} it is, that kind's check digit and an establishment number that is not all zeros.
 */
final class EcuadorRuc implements DocumentRule {

    static final int LENGTH = 13;

    @Override
    public DocumentCheck check(String number) {
        Optional<DocumentCheck.Invalid> refusal = unlessCedula(number)
                .or(() -> Refusals.unlessDigits(DocumentTypeCode.RUC, number, LENGTH, LENGTH))
                .or(() -> EcuadorProvinces.unlessProvinceCode(DocumentTypeCode.RUC, number));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        int third = Digits.digitAt(number, 2);
        Optional<RucKind> kind = RucKind.ofThirdDigit(third);
        if (kind.isEmpty()) {
            return refuse(DocumentTypeCode.RUC, DocumentProblem.BAD_THIRD_DIGIT,
                    "%s has %d as its third digit; the third digit of a RUC is 0 to 5 (natural person), "
                            + "6 (public entity) or 9 (private company)",
                    number, third);
        }
        return check(number, kind.get());
    }

    private static DocumentCheck check(String number, RucKind kind) {
        int index = kind.checkDigitIndex();
        if (kind.expectedCheckDigit(number) != Digits.digitAt(number, index)) {
            return refuse(DocumentTypeCode.RUC, DocumentProblem.BAD_CHECK_DIGIT,
                    "%s fails the RUC check digit: for a %s (third digit %s) the %dth digit must match the %s of "
                            + "the digits before it, so it is mistyped or not a real RUC",
                    number, kind.description(), kind.thirdDigits(), index + 1, kind.algorithm());
        }
        String establishment = number.substring(index + 1);
        if (Digits.allZeros(establishment)) {
            return refuse(DocumentTypeCode.RUC, DocumentProblem.BAD_ESTABLISHMENT,
                    "%s has establishment number %s; the last %d digits of the RUC of a %s are an establishment "
                            + "number, which starts at %s (the main office)",
                    number, establishment, establishment.length(), kind.description(),
                    "0".repeat(establishment.length() - 1) + "1");
        }
        return new DocumentCheck.Valid(DocumentTypeCode.RUC, number, kind.customerKind(),
                EcuadorProvinces.provinceOf(number));
    }

    /**
     * A cédula must never stand in for a RUC: a person's cédula and their RUC are different identities
     * here, and padding it with an establishment number is the holder's business, not the operator's.
     */
    private static Optional<DocumentCheck.Invalid> unlessCedula(String number) {
        if (number.length() != EcuadorCedula.LENGTH || !EcuadorCedula.isValidCedula(number)) {
            return Optional.empty();
        }
        return Optional.of(refuse(DocumentTypeCode.RUC, DocumentProblem.CEDULA_AS_RUC,
                "%s is a 10-digit cédula (CI), not a 13-digit RUC; send it as documentType CI, or add the "
                        + "establishment number",
                number));
    }

    static boolean isValidRuc(String number) {
        return new EcuadorRuc().check(number).isValid();
    }
}
