package dev.cartera.customers;

import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A customer's document: its type code and its number in canonical form. Only the document rules make one (the
 * constructor checks the pair again, so JPA loading it goes through them too): an invalid or unnormalised document
 * cannot exist, and two spellings of one number ({@code 12.345.678/0001-95}, {@code 12345678000195}) are one value.
 * Embedded where a table keeps a copy of a customer's document (a loan); the key imports look customers up by.
 */
@Embeddable
public record CustomerDocument(String type, String number) {

    public CustomerDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        if (!(DocumentNumbers.check(DocumentTypeCode.valueOf(type), number) instanceof DocumentCheck.Valid valid)
                || !valid.number().equals(number)) {
            throw new IllegalArgumentException(type + " " + number + " is not a valid document in canonical form");
        }
    }

    /** The document a check of the rules accepted. */
    public static CustomerDocument of(DocumentCheck.Valid valid) {
        return new CustomerDocument(valid.type().name(), valid.number());
    }

    /** Whether a type code as someone wrote it (any case, spaces around) is this document's. */
    public boolean hasType(String writtenType) {
        return writtenType.trim().equalsIgnoreCase(type);
    }

    /** Whether a number as someone wrote it, in any spelling the rules of this type accept, is this document's. */
    public boolean hasNumber(String writtenNumber) {
        return DocumentNumbers.check(DocumentTypeCode.valueOf(type), writtenNumber) instanceof DocumentCheck.Valid valid
                && valid.number().equals(number);
    }

    @Override
    public String toString() {
        return type + " " + number;
    }
}
