package dev.cartera.shared.filtering;

import dev.cartera.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@code contains} on a field searched by words, planned by how many records match, which the words' index tells
 * without reading a record (the databases' planners do not know it: H2 read every customer for a common surname).
 * The plan reads the first {@link PageRequest#MAX_OFFSET} entries of each word, then counts the records that have
 * every word up to that bound: from every word's entries intersected in memory when each word has at most
 * {@link #ENTRIES_INTERSECTED} of them, else from the rarest word's entries, each probed for the other words.
 * <ul>
 * <li>When the rarest word begins words of at most that many records, the list reads only the records that match
 * ({@code id IN} the index's answer, collected from the rarest word's entries).</li>
 * <li>When every word is common, collecting would read tens of thousands of entries and records for a page of
 * twenty, so the list is read in its order instead and each record checked against the words, which stops at the
 * page's end. A record whose folded text does not hold a word is passed over without probing the words' index.</li>
 * </ul>
 */
final class WordSearch {

    /**
     * Entries a word may have for the records of several words to be counted by reading each word's entries and
     * intersecting them here: reading an entry costs H2 about a thirtieth of probing the index for a record's other
     * word (two common names at 1,000,000 customers, 30,000 and 60,000 entries: 0.25 s of probes, 25 ms of reading).
     */
    static final int ENTRIES_INTERSECTED = 100_000;

    private final Class<? extends SearchWordRow> table;
    /** The record's folded text that every one of its words is part of ({@code searchName}, {@code emailSearch}). */
    private final String foldedText;
    private final List<String> rarestFirst;
    /** Whether the rarest word alone names at most the bound's records, so that collecting them costs little. */
    private final boolean rarestIsRare;
    /** Records that match, counted up to one more than {@link PageRequest#MAX_OFFSET}. */
    private final int matches;

    private WordSearch(Class<? extends SearchWordRow> table, String foldedText, List<String> rarestFirst,
                       boolean rarestIsRare, int matches) {
        this.table = table;
        this.foldedText = foldedText;
        this.rarestFirst = rarestFirst;
        this.rarestIsRare = rarestIsRare;
        this.matches = matches;
    }

    static WordSearch plan(EntityManager em, Class<? extends SearchWordRow> table, String foldedText,
                           Set<String> words) {
        int bound = PageRequest.MAX_OFFSET;
        Map<String, List<Long>> owners = words.stream().collect(Collectors.toMap(Function.identity(),
                word -> ownersUpTo(em, table, word, bound + 1)));
        List<String> rarestFirst = words.stream().sorted(Comparator.comparing(word -> owners.get(word).size())).toList();
        List<Long> rarest = owners.get(rarestFirst.getFirst());
        int distinct = new HashSet<>(rarest).size();
        // one word whose first entries already name more records than the bound needs no count, nor does one whose
        // entries were all read; nor do several words whose first entries already share more records than the bound
        int matches;
        if (words.size() == 1) {
            matches = distinct > bound || rarest.size() <= bound ? distinct
                    : countMatching(em, table, rarestFirst, owners, bound);
        } else {
            matches = intersection(owners.values()).size() > bound ? bound + 1
                    : countMatching(em, table, rarestFirst, owners, bound);
        }
        return new WordSearch(table, foldedText, rarestFirst, rarest.size() <= bound, matches);
    }

    /** This search as a list query's condition on its root's id. */
    Predicate predicate(CriteriaBuilder cb, AbstractQuery<?> query, Root<?> root) {
        if (rarestIsRare) {
            return root.get("id").in(matching(cb, query));
        }
        // each word's probe behind a test of the record's own folded text, which holds every word of the record:
        // both databases try the cheaper condition first, and most records read fail it without a probe
        Predicate[] each = rarestFirst.stream().map(word -> cb.and(partOfFoldedText(cb, root, word),
                hasWord(cb, query, table, root.get("id"), word))).toArray(Predicate[]::new);
        return each.length == 1 ? each[0] : cb.and(each);
    }

    private Predicate partOfFoldedText(CriteriaBuilder cb, Root<?> root, String word) {
        return cb.like(root.get(foldedText), "%" + FilterPredicates.escapeLike(word) + "%", '\\');
    }

    /**
     * How many records match, up to one more than {@link PageRequest#MAX_OFFSET}: a search alone on a list needs no
     * other count.
     */
    int matches() {
        return matches;
    }

    /**
     * The matching records counted in the words' index alone, from the rarest word's entries, up to the bound. The
     * entries are read as they come, twice the bound at most, and their records told apart here: a DISTINCT would have
     * the database read and sort every entry first (12 s for the million addresses at example.com).
     */
    private static int countMatching(EntityManager em, Class<? extends SearchWordRow> table, List<String> rarestFirst,
                                     Map<String, List<Long>> planRead, int bound) {
        if (rarestFirst.size() > 1) {
            Set<Long> everyWord = recordsOfEveryWord(em, table, rarestFirst, planRead, bound);
            if (everyWord != null) {
                return Math.min(everyWord.size(), bound + 1);
            }
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> entries = cb.createQuery(Long.class);
        Root<? extends SearchWordRow> row = entries.from(table);
        entries.select(row.get("ownerId")).where(matchingRow(cb, entries, row, table, rarestFirst));
        int read = 2 * (bound + 1);
        List<Long> owners = em.createQuery(entries).setMaxResults(read).getResultList();
        int distinct = new HashSet<>(owners).size();
        if (distinct > bound || owners.size() < read) {
            return Math.min(distinct, bound + 1);
        }
        // records with many words beginning alike: count them one each, in the database
        CriteriaQuery<Long> records = cb.createQuery(Long.class);
        Root<? extends SearchWordRow> each = records.from(table);
        // SQL Server pages a DISTINCT only on an order it selects
        records.select(each.get("ownerId")).distinct(true).where(matchingRow(cb, records, each, table, rarestFirst))
                .orderBy(cb.asc(each.get("ownerId")));
        return em.createQuery(records).setMaxResults(bound + 1).getResultList().size();
    }

    /**
     * The records that have every word, from each word's entries read whole, rarest first, and intersected here; null
     * when a word has more than {@link #ENTRIES_INTERSECTED} entries. A word whose entries the plan already read
     * whole (at most {@code bound}, in {@code planRead}) is not read again.
     */
    private static Set<Long> recordsOfEveryWord(EntityManager em, Class<? extends SearchWordRow> table,
                                                List<String> rarestFirst, Map<String, List<Long>> planRead,
                                                int bound) {
        List<List<Long>> ownersOfEach = new ArrayList<>();
        for (String word : rarestFirst) {
            List<Long> owners = planRead.get(word).size() <= bound ? planRead.get(word)
                    : ownersUpTo(em, table, word, ENTRIES_INTERSECTED + 1);
            if (owners.size() > ENTRIES_INTERSECTED) {
                return null;
            }
            ownersOfEach.add(owners);
        }
        return intersection(ownersOfEach);
    }

    /** The records found in every one of these lists of owners of entries. */
    private static Set<Long> intersection(Collection<? extends Collection<Long>> ownersOfEach) {
        Set<Long> records = null;
        for (Collection<Long> owners : ownersOfEach) {
            if (records == null) {
                records = new HashSet<>(owners);
            } else {
                records.retainAll(new HashSet<>(owners));
            }
        }
        return records == null ? Set.of() : records;
    }

    /** The ids of the matching records, from the rarest word's entries. */
    private Subquery<Long> matching(CriteriaBuilder cb, AbstractQuery<?> query) {
        Subquery<Long> owners = query.subquery(Long.class);
        Root<? extends SearchWordRow> row = owners.from(table);
        return owners.select(row.get("ownerId")).where(matchingRow(cb, owners, row, table, rarestFirst));
    }

    private static Predicate[] matchingRow(CriteriaBuilder cb, AbstractQuery<?> query, Root<? extends SearchWordRow> row,
                                           Class<? extends SearchWordRow> table, List<String> rarestFirst) {
        Expression<Long> owner = row.get("ownerId");
        Predicate[] conditions = new Predicate[rarestFirst.size()];
        conditions[0] = beginsWith(cb, row, rarestFirst.getFirst());
        for (int i = 1; i < conditions.length; i++) {
            conditions[i] = hasWord(cb, query, table, owner, rarestFirst.get(i));
        }
        return conditions;
    }

    /** The record has a word beginning with this one: a probe of the words' primary key (owner, word). */
    private static Predicate hasWord(CriteriaBuilder cb, AbstractQuery<?> query, Class<? extends SearchWordRow> table,
                                     Expression<?> ownerId, String word) {
        Subquery<Integer> probe = query.subquery(Integer.class);
        Root<? extends SearchWordRow> row = probe.from(table);
        return cb.exists(probe.select(cb.literal(1)).where(cb.equal(row.get("ownerId"), ownerId), beginsWith(cb, row, word)));
    }

    private static Predicate beginsWith(CriteriaBuilder cb, Root<? extends SearchWordRow> row, String word) {
        return cb.like(row.get("word"), FilterPredicates.escapeLike(word) + "%", '\\');
    }

    /** The records of the first entries of words beginning with this one, in the index's order. */
    private static List<Long> ownersUpTo(EntityManager em, Class<? extends SearchWordRow> table, String word, int entries) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<? extends SearchWordRow> row = query.from(table);
        query.select(row.get("ownerId")).where(beginsWith(cb, row, word));
        return em.createQuery(query).setMaxResults(entries).getResultList();
    }
}
