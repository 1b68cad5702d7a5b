package dev.cartera.customers;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The document types a customer can be identified by. */
@Stateless
public class DocumentTypeService {

    @PersistenceContext
    EntityManager em;

    /** Every document type, by code. */
    public List<DocumentType> documentTypes() {
        return em.createNamedQuery("DocumentType.all", DocumentType.class).getResultList();
    }

    public Optional<DocumentType> find(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.ofNullable(em.find(DocumentType.class, code.strip()));
    }
}
