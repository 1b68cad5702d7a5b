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
 * A city a customer lives in: an Ecuadorian canton, or a Colombian department's capital. Cities have no
 * official code here, so the province and the name identify one.
 */
@Entity
@Cacheable
@Table(name = "city", uniqueConstraints = @UniqueConstraint(name = "uk_city_province_name",
        columnNames = {"province_id", "name"}))
@NamedQuery(name = "City.all", query = "SELECT c FROM City c")
@NamedQuery(name = "City.byCountry", query = "SELECT c FROM City c WHERE c.province.country.code = :country")
@NamedQuery(name = "City.byProvince",
        query = "SELECT c FROM City c WHERE c.province.country.code = :country AND c.province.code = :province")
public class City {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "province_id", nullable = false, foreignKey = @ForeignKey(name = "fk_city_province"))
    private Province province;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    protected City() {
        // for JPA
    }

    public City(Province province, String name) {
        this.province = Objects.requireNonNull(province);
        this.name = Objects.requireNonNull(name);
    }

    /** A new spelling of the same name (an accent fixed in a new version of the file). @return true when it changed */
    public boolean rename(String name) {
        boolean changed = !this.name.equals(name);
        this.name = Objects.requireNonNull(name);
        return changed;
    }

    public Long id() {
        return id;
    }

    public Province province() {
        return province;
    }

    public String name() {
        return name;
    }
}
