package dev.cartera.customers.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.cartera.customers.CustomerKind;
import java.util.Optional;

/** Checks through the public entry point, with failure messages that show the whole outcome. */
final class DocumentAssertions {

    private DocumentAssertions() {
    }

    static DocumentCheck.Valid assertValid(DocumentTypeCode type, String raw) {
        DocumentCheck check = DocumentNumbers.check(type, raw);
        return assertInstanceOf(DocumentCheck.Valid.class, check, () -> type + " '" + raw + "': " + check);
    }

    /** Asserts the whole outcome; {@code province} is null where no province is expected. */
    static void assertValid(DocumentTypeCode type, String raw, String canonical, CustomerKind kind,
            String province) {
        assertEquals(new DocumentCheck.Valid(type, canonical, kind, Optional.ofNullable(province)),
                assertValid(type, raw));
    }

    static DocumentCheck.Invalid assertRefused(DocumentTypeCode type, String raw, DocumentProblem problem) {
        DocumentCheck check = DocumentNumbers.check(type, raw);
        DocumentCheck.Invalid invalid = assertInstanceOf(DocumentCheck.Invalid.class, check,
                () -> type + " '" + raw + "' should be refused: " + check);
        assertEquals(problem, invalid.problem(), invalid::message);
        assertEquals(type, invalid.type());
        return invalid;
    }
}
