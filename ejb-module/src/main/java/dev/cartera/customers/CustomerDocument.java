package dev.cartera.customers;

import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
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

    /**
     * Refuses a type or number, as a client sent it back with an update, that is not this document: a document
     * identifies the customer for good, and changing it would make them someone else. Either may be null (not
     * sent); the number may be in any spelling the rules of this type accept (a CNPJ with its dots, slash and dash).
     *
     * @throws InvalidInputException DOCUMENT_CANNOT_CHANGE on {@code documentType} or {@code documentNumber}
     */
    public void refuseChangeTo(String writtenType, String writtenNumber) {
        String field = writtenType != null && !hasType(writtenType) ? "documentType"
                : writtenNumber != null && !hasNumber(writtenNumber) ? "documentNumber" : null;
        if (field != null) {
            throw new InvalidInputException(FieldProblem.of(field, "DOCUMENT_CANNOT_CHANGE",
                    "cannot change: the document identifies the customer; register a new customer instead"));
        }
    }

    @Override
    public String toString() {
        return type + " " + number;
    }
}
