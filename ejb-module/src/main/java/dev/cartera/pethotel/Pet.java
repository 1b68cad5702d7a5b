package dev.cartera.pethotel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A pet boarded at the hotel, known to the staff by the register's {@code petId}. */
@Entity
@Table(name = "pet", uniqueConstraints = @UniqueConstraint(name = "uk_pet_pet_id", columnNames = "pet_id"))
@NamedQuery(name = "Pet.byPetId", query = "SELECT p FROM Pet p WHERE p.petId = :petId")
@NamedQuery(name = "Pet.byPetIds", query = "SELECT p FROM Pet p WHERE p.petId IN :petIds")
public class Pet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pet_id", nullable = false, updatable = false, length = 32)
    private String petId;

    @Column(nullable = false, length = PetRules.TEXT_MAX)
    private String name;

    @Column(name = "owner_name", nullable = false, length = PetRules.TEXT_MAX)
    private String owner;

    @Column(nullable = false, length = PetRules.TEXT_MAX)
    private String breed;

    @Column(name = "birth_year", nullable = false)
    private Integer birthYear;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Pet() {
        // for JPA
    }

    /** @param details already {@link PetRules#check checked} */
    public Pet(String petId, PetDetails details, Instant now) {
        this.petId = PetRules.requirePetId(petId);
        this.createdAt = now;
        apply(details, now);
    }

    /** @return whether anything changed */
    public boolean apply(PetDetails details, Instant now) {
        if (!differsFrom(details)) {
            return false;
        }
        this.name = details.name();
        this.owner = details.owner();
        this.breed = details.breed();
        this.birthYear = details.birthYear();
        this.updatedAt = now;
        return true;
    }

    public boolean differsFrom(PetDetails details) {
        return !(Objects.equals(name, details.name()) && Objects.equals(owner, details.owner())
                && Objects.equals(breed, details.breed()) && Objects.equals(birthYear, details.birthYear()));
    }

    public Long id() {
        return id;
    }

    public String petId() {
        return petId;
    }

    public String name() {
        return name;
    }

    public String owner() {
        return owner;
    }

    public String breed() {
        return breed;
    }

    public int birthYear() {
        return birthYear;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
