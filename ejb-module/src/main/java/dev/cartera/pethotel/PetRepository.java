package dev.cartera.pethotel;

import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.FilterCondition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries over pets, filtered and sorted by the register's own field names. Runs in the caller's transaction. */
@ApplicationScoped
public class PetRepository {

    private static final int IN_SLICE = 1000;

    @PersistenceContext
    EntityManager em;

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
        return PetService.LIST.page(em, Pet.class, request, filters);
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
