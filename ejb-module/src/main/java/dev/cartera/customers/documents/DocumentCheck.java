package dev.cartera.customers.documents;

import dev.cartera.customers.CustomerKind;
import java.util.Objects;
import java.util.Optional;

/** The outcome of {@link DocumentNumbers#check}: either a valid canonical number or the reason it is not. */
public sealed interface DocumentCheck permits DocumentCheck.Valid, DocumentCheck.Invalid {

    DocumentTypeCode type();

    boolean isValid();

    /**
     * A valid number.
     *
     * @param number       the canonical form to store and to look customers up by: separators removed,
     *                     letters upper-case
     * @param kind         whether the holder is a person or a company, as far as the number tells
     * @param provinceCode for Ecuadorian documents, the province that issued it ("01" to "24"); empty for
     *                     30 (issued abroad), 50 and every other country
     */
    record Valid(DocumentTypeCode type, String number, CustomerKind kind, Optional<String> provinceCode)
            implements DocumentCheck {

        public Valid {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(provinceCode, "provinceCode");
        }

        @Override
        public boolean isValid() {
            return true;
        }
    }

    /**
     * A refused number.
     *
     * @param problem the stable code of the rule that failed
     * @param message an English sentence for operators that names the number and the rule it breaks
     */
    record Invalid(DocumentTypeCode type, DocumentProblem problem, String message) implements DocumentCheck {

        public Invalid {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }
}
