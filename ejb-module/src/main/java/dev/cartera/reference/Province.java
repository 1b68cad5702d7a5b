package dev.cartera.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;

/**
 * The first division of a country: an Ecuadorian province or a Colombian department, with its official
 * 2-digit code (INEC in Ecuador, where it is also the start of a cédula; DANE in Colombia).
 */
@Entity
@Cacheable
// constraint names stay within 21 characters: EclipseLink's SQL Server platform cuts longer ones
@Table(name = "province", uniqueConstraints = @UniqueConstraint(name = "uk_province_code",
        columnNames = {"country_code", "code"}))
@NamedQuery(name = "Province.all", query = "SELECT p FROM Province p")
@NamedQuery(name = "Province.byCountry",
        query = "SELECT p FROM Province p WHERE p.country.code = :country ORDER BY p.code")
@NamedQuery(name = "Province.byCountryAndCode",
        query = "SELECT p FROM Province p WHERE p.country.code = :country AND p.code = :code")
public class Province {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "country_code", nullable = false, foreignKey = @ForeignKey(name = "fk_province_country"))
    private Country country;

    @Column(nullable = false, length = 2)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    protected Province() {
        // for JPA
    }

    public Province(Country country, String code, String name) {
        this.country = Objects.requireNonNull(country);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    /** @return true when the name changed */
    public boolean rename(String name) {
        boolean changed = !this.name.equals(name);
        this.name = Objects.requireNonNull(name);
        return changed;
    }

    public Long id() {
        return id;
    }

    public Country country() {
        return country;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
