package dev.cartera.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** A country the company works in, identified by its ISO 3166-1 alpha-2 code ({@code EC}, {@code CO}, {@code BR}). */
@Entity
@Cacheable
@Table(name = "country")
@NamedQuery(name = "Country.all", query = "SELECT c FROM Country c ORDER BY c.code")
public class Country {

    public static final int NAME_MAX = 80;

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    protected Country() {
        // for JPA
    }

    public Country(String code, String name) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    /** @return true when the name changed */
    public boolean rename(String name) {
        boolean changed = !this.name.equals(name);
        this.name = Objects.requireNonNull(name);
        return changed;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
