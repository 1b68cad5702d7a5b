package dev.cartera.pethotel;

import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterSpec;
import dev.cartera.shared.filtering.FilterValueType;
import dev.cartera.shared.filtering.FilterableField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Queries over pets, filtered and sorted by the register's own field names. Runs in the caller's transaction. */
@ApplicationScoped
public class PetRepository {

    public static final FilterSpec FILTERS = FilterSpec.of(
            FilterableField.text(PetRules.NAME, "name"),
            FilterableField.text(PetRules.OWNER, "owner"),
            FilterableField.text(PetRules.BREED, "breed"),
            FilterableField.range(PetRules.BIRTH_YEAR, "birthYear", FilterValueType.INTEGER));

    private static final Map<String, String> SORTABLE = Map.of(
            PetRules.PET_ID, "petId", PetRules.NAME, "name", PetRules.OWNER, "owner", PetRules.BREED, "breed",
            PetRules.BIRTH_YEAR, "birthYear", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private static final int IN_SLICE = 1000;

    @PersistenceContext
    EntityManager em;

    public static Set<String> sortableFields() {
        return SORTABLE.keySet();
    }

    public Optional<Pet> findByPetId(String petId) {
        return em.createNamedQuery("Pet.byPetId", Pet.class).setParameter("petId", petId)
                .getResultStream().findFirst();
    }

    /** The pets with those petIds, by petId; one query per {@value #IN_SLICE} ids (SQL Server takes 2,100 parameters). */
    public Map<String, Pet> findByPetIds(Collection<String> petIds) {
        List<String> wanted = petIds.stream().distinct().toList();
        Map<String, Pet> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += IN_SLICE) {
            em.createNamedQuery("Pet.byPetIds", Pet.class)
                    .setParameter("petIds", wanted.subList(from, Math.min(wanted.size(), from + IN_SLICE)))
                    .getResultStream().forEach(pet -> found.put(pet.petId(), pet));
        }
        return found;
    }

    public Page<Pet> page(PageRequest request, List<FilterCondition> filters) {
        return FILTERS.page(em, Pet.class, request, SORTABLE.get(request.sort().field()), filters);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Pet p", Long.class).getSingleResult();
    }

    public void add(Pet pet) {
        em.persist(pet);
        em.flush();
    }

    /** Without a flush: an import chunk flushes once, at its end. */
    public void persist(Pet pet) {
        em.persist(pet);
    }

    public void flush() {
        em.flush();
    }

    public void remove(Pet pet) {
        em.remove(pet);
    }
}
