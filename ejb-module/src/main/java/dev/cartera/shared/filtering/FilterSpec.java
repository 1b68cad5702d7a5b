package dev.cartera.shared.filtering;

import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.SearchWords;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whitelist of fields one list can be filtered on: it checks a request's conditions, plans and counts them, and
 * reads a page of them ({@link FilteredPage}) through their predicates ({@link FilterPredicates}).
 */
public final class FilterSpec {

    /** Items an {@code in} filter may list: more is not a filter but a query the database must plan and run. */
    public static final int MAX_IN_ITEMS = 100;
    /** Words a {@code contains} on a field searched by words may have: each is one more index lookup. */
    public static final int MAX_CONTAINS_WORDS = 6;

    private final Map<String, FilterableField> fields = new LinkedHashMap<>();

    private FilterSpec(List<FilterableField> fields) {
        fields.forEach(field -> this.fields.put(field.name(), field));
    }

    public static FilterSpec of(FilterableField... fields) {
        return new FilterSpec(Arrays.asList(fields));
    }

    /** The fields a caller may filter on, in the order they were declared (for the API's documentation). */
    public java.util.Collection<FilterableField> fields() {
        return List.copyOf(fields.values());
    }

    public String fieldNames() {
        return String.join(", ", fields.keySet());
    }

    /**
     * Checks everything before any query runs, so a streamed response can still answer 400.
     *
     * @throws InvalidFilterException for a field or operator this list does not offer, or a value that does not parse
     */
    public void validate(List<FilterCondition> conditions) {
        for (FilterCondition condition : conditions) {
            FilterableField field = fieldFor(condition);
            switch (condition.operator()) {
                case SPECIFIED -> condition.specified();
                case IN -> {
                    List<String> items = condition.items();
                    if (items.size() > MAX_IN_ITEMS) {
                        throw InvalidFilterException.of(condition.parameter(), "filter.tooManyValues", items.size(),
                                MAX_IN_ITEMS);
                    }
                    items.forEach(item -> field.parse(condition.parameter(), item));
                }
                case CONTAINS -> {
                    field.parse(condition.parameter(), condition.value());
                    if (field.words() != null) {
                        searchWords(condition);
                    }
                }
                default -> field.parse(condition.parameter(), condition.value());
            }
        }
    }

    /**
     * The conditions ready to become predicates, in as many queries of one request as it runs: a search by words
     * reads its index to plan itself, once.
     */
    public Planned plan(EntityManager em, List<FilterCondition> conditions) {
        Map<FilterCondition, WordSearch> searches = new LinkedHashMap<>();
        List<FilterCondition> asked = new ArrayList<>();
        boolean matchesNothing = false;
        for (FilterCondition condition : conditions) {
            FilterableField field = fieldFor(condition);
            if (condition.operator() == FilterOperator.SPECIFIED && field.neverNull()) {
                // decided without the column, which no index may serve: every record has it, none lacks it
                if (condition.specified()) {
                    continue;
                }
                matchesNothing = true;
            }
            if (condition.operator() == FilterOperator.CONTAINS && field.words() != null) {
                searches.put(condition, WordSearch.plan(em, field.words(), field.paths().getFirst(),
                        searchWords(condition)));
            }
            asked.add(condition);
        }
        return new Planned(asked, searches, null, matchesNothing);
    }

    /**
     * Conditions planned by {@link #plan}, and, once {@linkplain #counted counted}, how a list of them is read.
     * <p>
     * When more rows match than {@link PageRequest#MAX_OFFSET} (1% of a million), a page of them lies near the start
     * of the list's order, so the list is read in that order and each row checked: every condition on another
     * attribute is wrapped in a {@code CASE} ({@link FilterPredicates}) so that no index serves it. Otherwise a
     * planner that does not weigh the page's size takes the filter's index and sorts every match: 5-7 s for
     * {@code country.equals} at 1,000,000 customers on H2. When fewer match, that index is the right way in, and
     * sorting them costs little. In id order, the page's ids come from an index that begins with the id and holds
     * the columns checked, where the table has one ({@link FilteredPage}).
     */
    public final class Planned {

        private final List<FilterCondition> conditions;
        private final Map<FilterCondition, WordSearch> searches;
        /** The attribute path the list is read in the order of, when every other condition is checked row by row. */
        private final String readInOrderOf;
        /** Whether a condition asks for no value of a field every record has: then the list is empty, uncounted. */
        private final boolean matchesNothing;

        private Planned(List<FilterCondition> conditions, Map<FilterCondition, WordSearch> searches,
                        String readInOrderOf, boolean matchesNothing) {
            this.conditions = conditions;
            this.searches = searches;
            this.readInOrderOf = readInOrderOf;
            this.matchesNothing = matchesNothing;
        }

        /**
         * The total of a list of these conditions, and the same conditions planned for reading it in the order of
         * {@code sortAttribute} when the total says a page of them is found soonest that way.
         */
        public Counted counted(EntityManager em, Class<?> type, String sortAttribute) {
            Total total = count(em, type, this);
            return new Counted(total.exact() ? this : new Planned(conditions, searches, sortAttribute, false), total);
        }

        /**
         * The same conditions planned for a list read in the order of {@code sortAttribute}, for a caller that needs
         * no total: without conditions there is nothing to count or to plan.
         */
        public Planned inOrderOf(EntityManager em, Class<?> type, String sortAttribute) {
            return conditions.isEmpty() ? this : counted(em, type, sortAttribute).planned();
        }

        /**
         * One predicate per condition; the caller combines them with AND.
         *
         * @param query the query the predicates go into, which a search by words adds its subqueries to
         */
        public List<Predicate> predicates(CriteriaBuilder cb, AbstractQuery<?> query, Root<?> root) {
            // a search by words plans its own way in (WordSearch): read in the list's order when its words are common
            return conditions.stream().map(condition -> searches.containsKey(condition)
                    ? searches.get(condition).predicate(cb, query, root)
                    : FilterPredicates.of(cb, root, fieldFor(condition), condition, readInOrderOf)).toList();
        }

        /** The attribute path the list is read in the order of, every other condition checked row by row; or null. */
        String readInOrderOf() {
            return readInOrderOf;
        }

        /** The records a search by words matches when it is the only condition (its index counted them); else null. */
        private Integer searchAloneMatches() {
            return conditions.size() == 1 && searches.containsKey(conditions.getFirst())
                    ? searches.get(conditions.getFirst()).matches() : null;
        }
    }

    /** Conditions planned for reading a list, and its total. */
    public record Counted(Planned planned, Total total) {
    }

    /** How many rows a list has: exactly, or at least {@code items}. */
    public record Total(long items, boolean exact) {
    }

    /**
     * One page of the entities matching the conditions, sorted on the attribute, and the total behind it
     * ({@link FilteredPage}). The count comes first, as it decides how the list is read ({@link Planned}).
     *
     * @param sortAttribute an attribute path, dotted through an embeddable or a relation as filters are
     *                      ({@code principal.amount})
     */
    public <T> Page<T> page(EntityManager em, Class<T> type, PageRequest request, String sortAttribute,
                            List<FilterCondition> conditions) {
        Counted counted = plan(em, conditions).counted(em, type, sortAttribute);
        return FilteredPage.read(em, type, request, sortAttribute, counted);
    }

    /**
     * The total behind a page, at no more cost than reading the rows a page number can reach: exact for the whole
     * list (both databases count a table from an index or their statistics), and for a filtered one up to
     * {@link PageRequest#MAX_OFFSET} matching rows, beyond which it says "at least that many" (a filter no index
     * serves would otherwise scan a million rows for its count: 24 s for {@code country.equals} on H2).
     */
    private static Total count(EntityManager em, Class<?> type, Planned planned) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        if (planned.matchesNothing) {
            return new Total(0, true);
        }
        if (planned.conditions.isEmpty()) {
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            count.select(cb.count(count.from(type)));
            return new Total(em.createQuery(count).getSingleResult(), true);
        }
        Integer matching = planned.searchAloneMatches();
        if (matching == null) {
            CriteriaQuery<Object> ids = cb.createQuery(Object.class);
            Root<?> counted = ids.from(type);
            ids.select(counted.get("id")).where(planned.predicates(cb, ids, counted).toArray(Predicate[]::new));
            matching = em.createQuery(ids).setMaxResults(PageRequest.MAX_OFFSET + 1).getResultList().size();
        }
        boolean exact = matching <= PageRequest.MAX_OFFSET;
        return new Total(exact ? matching : PageRequest.MAX_OFFSET, exact);
    }

    private FilterableField fieldFor(FilterCondition condition) {
        FilterableField field = fields.get(condition.field());
        if (field == null) {
            throw InvalidFilterException.of(condition.parameter(), "filter.notFilterable", condition.field(),
                    String.valueOf(fieldNames()));
        }
        if (!field.operators().contains(condition.operator())) {
            throw InvalidFilterException.of(condition.parameter(), "filter.operators", condition.field(),
                    field.operators().stream().sorted().map(FilterOperator::wireName).collect(Collectors.joining(", ")));
        }
        return field;
    }

    /** @throws InvalidFilterException when the value has no word, or too many */
    private static Set<String> searchWords(FilterCondition condition) {
        Set<String> words = SearchWords.of(condition.value());
        if (words.isEmpty()) {
            throw InvalidFilterException.of(condition.parameter(), "filter.noWords");
        }
        if (words.size() > MAX_CONTAINS_WORDS) {
            throw InvalidFilterException.of(condition.parameter(), "filter.tooManyWords", words.size(),
                    MAX_CONTAINS_WORDS);
        }
        return words;
    }
}
