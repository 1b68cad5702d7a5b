package dev.cartera.pethotel;

import dev.cartera.imports.UpsertResult;
import dev.cartera.shared.CompanyZone;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.ListFields;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterSpec;
import dev.cartera.shared.filtering.FilterValueType;
import dev.cartera.shared.filtering.FilterableField;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The pet register: the only way in for the web module and the startup loader. */
@Stateless
public class PetService {

    /** The register's list: its filters and sorts. */
    public static final ListFields LIST = new ListFields(FilterSpec.of(
            FilterableField.text(PetRules.NAME, "name"),
            FilterableField.text(PetRules.OWNER, "owner"),
            FilterableField.text(PetRules.BREED, "breed"),
            FilterableField.range(PetRules.BIRTH_YEAR, "birthYear", FilterValueType.INTEGER)),
            Map.of(PetRules.PET_ID, "petId", PetRules.NAME, "name", PetRules.OWNER, "owner", PetRules.BREED, "breed",
                    PetRules.BIRTH_YEAR, "birthYear", "createdAt", "createdAt", "updatedAt", "updatedAt"),
            PetRules.NAME);

    @Inject
    PetRepository pets;

    @Inject
    PictureService pictures;

    @Inject
    Clock clock;

    /** The year changes in the company's zone, not in UTC. */
    @Inject
    CompanyZone companyZone;

    /**
     * @param petId null to have one generated
     * @throws ConflictException when a pet with that {@code petId} exists
     */
    public Pet register(String petId, PetDetails details) {
        String id = petId == null ? PetRules.newPetId() : PetRules.requirePetId(petId);
        PetDetails checked = PetRules.check(details, currentYear());
        pets.findByPetId(id).ifPresent(existing -> {
            throw ConflictException.of("problem.pet.exists", id);
        });
        Pet pet = new Pet(id, checked, clock.instant());
        try {
            pets.add(pet);
        } catch (PersistenceException e) {
            throw ConflictException.of("problem.pet.race", id);
        }
        return pet;
    }

    /** @throws NotFoundException when no pet has that {@code petId} */
    public Pet update(String petId, PetDetails details) {
        PetDetails checked = PetRules.check(details, currentYear());
        Pet pet = get(petId);
        pet.apply(checked, clock.instant());
        return pet;
    }

    public Pet get(String petId) {
        PetRules.requirePetId(petId);
        return pets.findByPetId(petId).orElseThrow(() -> new NotFoundException("Pet", petId));
    }

    public Page<Pet> list(PageRequest request, List<FilterCondition> filters) {
        return pets.page(request, filters);
    }

    /** Deletes the pet and its picture (the blobs go once the transaction commits). */
    public void delete(String petId) {
        Pet pet = get(petId);
        pictures.deleteOf(pet);
        pets.remove(pet);
    }

    /**
     * Loads the register into an empty pet table (the first start): a table with pets in it is the staff's, and
     * a register pet they deleted must not come back at the next restart. Within a load, a petId that is there
     * already is skipped, so two instances starting together do not clash.
     *
     * @return how many were added
     */
    public int loadRegister(List<PetRegister.Row> rows) {
        if (pets.count() > 0) {
            return 0;
        }
        int added = 0;
        for (PetRegister.Row row : rows) {
            if (pets.findByPetId(row.petId()).isEmpty()) {
                pets.add(new Pet(row.petId(), PetRules.check(row.details(), currentYear()), clock.instant()));
                added++;
            }
        }
        return added;
    }

    /**
     * Upserts a chunk of an import by petId, in one query and one flush.
     *
     * @param rows  checked with {@link PetRules#check}, their petIds all different
     * @param write false in a dry run: say what would happen, change nothing
     */
    public List<UpsertResult> upsertAll(List<PetRegister.Row> rows, boolean write) {
        Map<String, Pet> existing = pets.findByPetIds(rows.stream().map(PetRegister.Row::petId).toList());
        Instant now = clock.instant();
        List<UpsertResult> results = new ArrayList<>(rows.size());
        for (PetRegister.Row row : rows) {
            Pet found = existing.get(row.petId());
            if (found == null) {
                if (write) {
                    pets.persist(new Pet(row.petId(), row.details(), now));
                }
                results.add(UpsertResult.CREATED);
            } else if (found.differsFrom(row.details())) {
                if (write) {
                    found.apply(row.details(), now);
                }
                results.add(UpsertResult.UPDATED);
            } else {
                results.add(UpsertResult.UNCHANGED);
            }
        }
        pets.flush();
        return results;
    }

    /** The year today in the company's zone: no pet is born after it. */
    public int currentYear() {
        return Year.now(clock.withZone(companyZone.zone())).getValue();
    }
}
