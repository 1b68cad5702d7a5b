package dev.cartera.customers;

import dev.cartera.reference.Country;
import dev.cartera.reference.NaturalKeyUpsert;
import dev.cartera.reference.ReferenceCsv;
import dev.cartera.reference.ReferenceDataChanges;
import dev.cartera.reference.ReferenceDataSet;
import dev.cartera.reference.ReferenceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The document types, from {@code reference/document-types.csv}, loaded with the rest of the reference data. */
@ApplicationScoped
public class DocumentTypeDataSet implements ReferenceDataSet {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReferenceService reference;

    @Override
    public ReferenceDataChanges upsert() {
        var upsert = new NaturalKeyUpsert<>(em.createNamedQuery("DocumentType.all", DocumentType.class).getResultList(),
                DocumentType::code, em::persist);
        for (ReferenceCsv.Row row : ReferenceCsv.read("document-types.csv", "code", "country", "name")) {
            String code = row.value("code");
            String name = row.value("name");
            String countryCode = row.optional("country");
            Country country = countryCode == null ? null : reference.findCountry(countryCode)
                    .orElseThrow(() -> row.invalid("country " + countryCode + " is not in countries.csv"));
            if (code.length() > DocumentType.CODE_MAX || name.length() > DocumentType.NAME_MAX) {
                throw row.invalid("the code or the name is too long");
            }
            upsert.put(code, () -> new DocumentType(code, country, name), type -> type.update(country, name));
        }
        return upsert.changes();
    }
}
