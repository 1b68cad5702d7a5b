package dev.cartera.customers;

import dev.cartera.reference.Country;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A document a customer is identified by ({@code CI}, {@code RUC}, {@code NIT}, {@code CPF}...): issued by one
 * country, or by any ({@code PASSPORT}, whose country is null). The code is what the validators' document type
 * codes name.
 */
@Entity
@Cacheable
@Table(name = "document_type")
@NamedQuery(name = "DocumentType.all", query = "SELECT d FROM DocumentType d ORDER BY d.code")
public class DocumentType {

    public static final int CODE_MAX = 16;
    public static final int NAME_MAX = 80;

    @Id
    @Column(length = CODE_MAX)
    private String code;

    @ManyToOne
    @JoinColumn(name = "country_code", foreignKey = @ForeignKey(name = "fk_document_type_country"))
    private Country country;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    protected DocumentType() {
        // for JPA
    }

    /** @param country null for a document any country issues */
    public DocumentType(String code, Country country, String name) {
        this.code = Objects.requireNonNull(code);
        this.country = country;
        this.name = Objects.requireNonNull(name);
    }

    /** @return true when anything changed */
    public boolean update(Country country, String name) {
        boolean changed = !Objects.equals(countryCode(), country == null ? null : country.code()) || !this.name.equals(name);
        this.country = country;
        this.name = Objects.requireNonNull(name);
        return changed;
    }

    /** Whether a customer of that country may be identified by this document. */
    public boolean appliesTo(String countryCode) {
        return country == null || country.code().equals(countryCode);
    }

    public String code() {
        return code;
    }

    /** The issuing country's ISO code; null when any country issues it. */
    public String countryCode() {
        return country == null ? null : country.code();
    }

    public String name() {
        return name;
    }
}
