package dev.cartera.web.customers;

import dev.cartera.customers.Customer;
import dev.cartera.customers.CustomerRef;
import dev.cartera.customers.CustomerService;
import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.shared.NotFoundException;
import java.io.Serializable;

/**
 * The customer a loan or purchase form is for, typed as a document as at the point of sale: the form shows whose
 * it is as soon as the number is complete, and sends the document itself to the service (the API's
 * {@code customerDocumentType} and {@code customerDocumentNumber}), which finds the customer again and names what is
 * wrong. Held by a view-scoped form bean.
 */
public class CustomerChoice implements Serializable {

    private String documentType = DocumentTypeCode.CI.name();
    private String documentNumber;
    private Long id;
    private String name;
    private boolean nobody;

    /** Starts from a known customer: the customer's page's "Registrar compra", or an edit. */
    public void choose(Customer customer) {
        documentType = customer.documentTypeCode();
        documentNumber = customer.documentNumber();
        id = customer.id();
        name = customer.displayName();
        nobody = false;
    }

    /** As the number is typed: whose it is, when it is a valid document. */
    public void look(CustomerService customers) {
        id = null;
        name = null;
        nobody = false;
        var type = DocumentTypeCode.parse(documentType);
        if (type.isEmpty() || !(DocumentNumbers.check(type.get(), documentNumber) instanceof DocumentCheck.Valid)) {
            return;
        }
        try {
            choose(customers.lookup(documentType, documentNumber));
        } catch (NotFoundException e) {
            nobody = true;
        }
    }

    public CustomerRef ref() {
        return new CustomerRef(null, documentType, documentNumber);
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** A valid document that no customer holds. */
    public boolean isNobody() {
        return nobody;
    }
}
