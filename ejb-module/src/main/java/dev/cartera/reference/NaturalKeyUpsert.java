package dev.cartera.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An upsert by natural key against the rows already in a table: a new key is inserted, a known one is updated
 * only where something differs. Loading the same data twice therefore changes nothing, and a renamed row is
 * renamed rather than added again.
 *
 * @param <K> the natural key
 * @param <E> the entity
 */
public final class NaturalKeyUpsert<K, E> {

    private final Map<K, E> byKey = new HashMap<>();
    private final Consumer<? super E> persist;
    private int added;
    private int updated;

    /**
     * @param current every entity of the table
     * @param keyOf   an entity's natural key
     * @param persist makes a new entity persistent ({@code EntityManager::persist})
     */
    public NaturalKeyUpsert(Collection<E> current, Function<? super E, K> keyOf, Consumer<? super E> persist) {
        current.forEach(entity -> byKey.put(keyOf.apply(entity), entity));
        this.persist = persist;
    }

    /**
     * @param create makes the entity when the key is new
     * @param update brings an existing entity up to date; returns true when it changed anything
     * @return the entity of that key, existing or new
     */
    public E put(K key, Supplier<? extends E> create, Predicate<? super E> update) {
        E entity = byKey.get(key);
        if (entity == null) {
            entity = create.get();
            persist.accept(entity);
            byKey.put(key, entity);
            added++;
        } else if (update.test(entity)) {
            updated++;
        }
        return entity;
    }

    /** The entity of a key, existing or put by this upsert; null when there is none. */
    public E get(K key) {
        return byKey.get(key);
    }

    public ReferenceDataChanges changes() {
        return new ReferenceDataChanges(added, updated);
    }
}
