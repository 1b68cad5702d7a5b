package dev.cartera.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CustomerDocumentTest {

    private static final String CNPJ = RandomDocumentNumbers.randomCnpj(false, new SplittableRandom(15));
    /** The same CNPJ as people write it: 12.345.678/0001-95. */
    private static final String CNPJ_WRITTEN = CNPJ.substring(0, 2) + "." + CNPJ.substring(2, 5) + "."
            + CNPJ.substring(5, 8) + "/" + CNPJ.substring(8, 12) + "-" + CNPJ.substring(12);

    @Test
    void cannotBeBuiltInvalidOrUnnormalised() {
        assertThrows(IllegalArgumentException.class, () -> new CustomerDocument("CNPJ", CNPJ_WRITTEN), "unnormalised");
        String wrongCheckDigit = CNPJ.substring(0, 13) + (char) ('0' + (CNPJ.charAt(13) - '0' + 1) % 10);
        assertThrows(IllegalArgumentException.class, () -> new CustomerDocument("CNPJ", wrongCheckDigit));
        assertThrows(IllegalArgumentException.class, () -> new CustomerDocument("CI", "1714307104"));
        assertThrows(IllegalArgumentException.class, () -> new CustomerDocument("XX", CNPJ), "unknown type");
        assertThrows(IllegalArgumentException.class, () -> new CustomerDocument("CPF", CNPJ), "another type's number");
        assertThrows(NullPointerException.class, () -> new CustomerDocument("CNPJ", null));
        assertThrows(NullPointerException.class, () -> new CustomerDocument(null, CNPJ));
    }

    @Test
    void theRulesMakeOneAndEverySpellingOfANumberIsOneValue() {
        CustomerDocument fromRules = CustomerDocument.of(valid(DocumentTypeCode.CNPJ, CNPJ_WRITTEN));
        CustomerDocument canonical = new CustomerDocument("CNPJ", CNPJ);
        assertEquals(canonical, fromRules);
        assertEquals(canonical.hashCode(), fromRules.hashCode());
        assertEquals(List.of("CNPJ", CNPJ), List.of(canonical.type(), canonical.number()), "the key imports look up by");
        assertNotEquals(canonical, new CustomerDocument("CI", "1714307103"));
    }

    /** The update case: a CNPJ sent back with its dots, slash and dash is the customer's own document. */
    @Test
    void aCnpjWrittenWithItsSlashIsTheSameDocument() {
        CustomerDocument document = new CustomerDocument("CNPJ", CNPJ);
        assertTrue(document.hasNumber(CNPJ_WRITTEN), CNPJ_WRITTEN);
        assertTrue(document.hasNumber(CNPJ));
        assertTrue(document.hasType(" cnpj "));
        assertFalse(document.hasType("CPF"));
        assertFalse(document.hasNumber(RandomDocumentNumbers.randomCnpj(false, new SplittableRandom(16))));
        assertFalse(document.hasNumber("not a number"));
    }

    /** What an update refuses: the service asks the document whether what the client sent back is a change of it. */
    @Test
    void anUpdateRepeatingTheDocumentInAnySpellingIsNoChangeButAnotherDocumentIs() {
        CustomerDocument document = new CustomerDocument("CNPJ", CNPJ);
        document.refuseChangeTo("CNPJ", CNPJ_WRITTEN);
        document.refuseChangeTo("cnpj", CNPJ);
        document.refuseChangeTo(null, null);
        String another = RandomDocumentNumbers.randomCnpj(false, new SplittableRandom(16));
        FieldProblem number = assertThrows(InvalidInputException.class, () -> document.refuseChangeTo("CNPJ", another))
                .problems().get(0);
        assertEquals(List.of("documentNumber", "DOCUMENT_CANNOT_CHANGE"), List.of(number.field(), number.code()));
        assertEquals("documentNumber", assertThrows(InvalidInputException.class,
                () -> document.refuseChangeTo(null, "12.345.678/0001-9")).problems().get(0).field(), "not even a CNPJ");
        assertEquals("documentType", assertThrows(InvalidInputException.class,
                () -> document.refuseChangeTo("CPF", CNPJ_WRITTEN)).problems().get(0).field());
    }

    private static DocumentCheck.Valid valid(DocumentTypeCode type, String written) {
        return (DocumentCheck.Valid) DocumentNumbers.check(type, written);
    }
}
