package dev.cartera.shared.filtering;

import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.SearchWords;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The whitelist of fields one list can be filtered on, and their translation into JPA Criteria predicates. */
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
                case SPECIFIED -> specified(condition.parameter(), condition.value());
                case IN -> {
                    List<String> items = inItems(condition.value());
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
        for (FilterCondition condition : conditions) {
            FilterableField field = fieldFor(condition);
            if (condition.operator() == FilterOperator.CONTAINS && field.words() != null) {
                searches.put(condition, WordSearch.plan(em, field.words(), searchWords(condition)));
            }
        }
        return new Planned(conditions, searches);
    }

    /** Conditions planned by {@link #plan}. */
    public final class Planned {

        private final List<FilterCondition> conditions;
        private final Map<FilterCondition, WordSearch> searches;

        private Planned(List<FilterCondition> conditions, Map<FilterCondition, WordSearch> searches) {
            this.conditions = conditions;
            this.searches = searches;
        }

        /**
         * One predicate per condition; the caller combines them with AND.
         *
         * @param query the query the predicates go into, which a search by words adds its subqueries to
         */
        public List<Predicate> predicates(CriteriaBuilder cb, AbstractQuery<?> query, Root<?> root) {
            return conditions.stream().map(condition -> searches.containsKey(condition)
                    ? searches.get(condition).predicate(cb, query, root) : predicate(cb, root, condition)).toList();
        }

        /** The records a search by words matches when it is the only condition (its index counted them); else null. */
        private Integer searchAloneMatches() {
            return conditions.size() == 1 && searches.containsKey(conditions.getFirst())
                    ? searches.get(conditions.getFirst()).matches() : null;
        }
    }

    /**
     * One page of the entities matching the conditions, sorted on the attribute, and the total count behind it:
     * what every filtered list runs. The id breaks ties, so pages never overlap or skip rows, in the sort's
     * direction, so an index on the sorted column (which ends with the primary key) serves the whole ORDER BY.
     * A request with a cursor starts after the row it names ({@link Keyset}) instead of skipping an offset; every
     * page carries the cursor of the one after it.
     *
     * @param sortAttribute an attribute path, dotted through an embeddable or a relation as filters are
     *                      ({@code principal.amount})
     */
    public <T> Page<T> page(EntityManager em, Class<T> type, PageRequest request, String sortAttribute,
                            List<FilterCondition> conditions) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<T> root = query.from(type);
        boolean ascending = request.sort().ascending();
        Path<?> sorted = resolve(root, sortAttribute);
        Path<?> id = root.get("id");
        boolean sortedIsId = sortAttribute.equals("id");
        Planned planned = plan(em, conditions);
        List<Predicate> where = new ArrayList<>(planned.predicates(cb, query, root));
        if (request.after() != null) {
            where.add(Keyset.after(cb, sorted, id, request.after(), sortedIsId));
        }
        query.multiselect(root, sorted, id).where(where.toArray(Predicate[]::new));
        var order = ascending ? cb.asc(sorted) : cb.desc(sorted);
        var tieBreak = ascending ? cb.asc(id) : cb.desc(id);
        query.orderBy(sortedIsId ? List.of(order) : List.of(order, tieBreak));
        // one row more than the page says whether another page follows
        List<Tuple> rows = em.createQuery(query)
                .setFirstResult(request.firstResult()).setMaxResults(request.size() + 1).getResultList();
        List<Tuple> shown = rows.subList(0, Math.min(rows.size(), request.size()));
        String next = rows.size() > request.size()
                ? Keyset.cursorAfter(request.sort(), shown.getLast().get(1), shown.getLast().get(2)).encode() : null;
        List<T> items = shown.stream().map(row -> type.cast(row.get(0))).toList();

        return count(em, type, planned, items, request, next);
    }

    /**
     * The total behind a page, at no more cost than reading the rows a page number can reach: exact for the whole
     * list (both databases count a table from an index or their statistics), and for a filtered one up to
     * {@link PageRequest#MAX_OFFSET} matching rows, beyond which it says "at least that many" (a filter no index
     * serves would otherwise scan a million rows for its count: 24 s for {@code country.equals} on H2).
     */
    private <T> Page<T> count(EntityManager em, Class<T> type, Planned planned, List<T> items, PageRequest request,
                              String next) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        if (planned.conditions.isEmpty()) {
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            count.select(cb.count(count.from(type)));
            return new Page<>(items, request.page(), request.size(), em.createQuery(count).getSingleResult(), next, true);
        }
        Integer matching = planned.searchAloneMatches();
        if (matching == null) {
            CriteriaQuery<Object> ids = cb.createQuery(Object.class);
            Root<T> counted = ids.from(type);
            ids.select(counted.get("id")).where(planned.predicates(cb, ids, counted).toArray(Predicate[]::new));
            matching = em.createQuery(ids).setMaxResults(PageRequest.MAX_OFFSET + 1).getResultList().size();
        }
        boolean exact = matching <= PageRequest.MAX_OFFSET;
        return new Page<>(items, request.page(), request.size(), exact ? matching : PageRequest.MAX_OFFSET, next, exact);
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

    private Predicate predicate(CriteriaBuilder cb, Root<?> root, FilterCondition condition) {
        FilterableField field = fieldFor(condition);
        Predicate[] alternatives = field.paths().stream()
                .map(path -> predicate(cb, resolve(root, path), field, condition))
                .toArray(Predicate[]::new);
        return alternatives.length == 1 ? alternatives[0] : cb.or(alternatives);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate predicate(CriteriaBuilder cb, Path<?> path, FilterableField field, FilterCondition condition) {
        String parameter = condition.parameter();
        Expression<?> target = field.type() == FilterValueType.TEXT ? cb.lower((Expression<String>) path) : path;
        return switch (condition.operator()) {
            case SPECIFIED -> specified(parameter, condition.value()) ? cb.isNotNull(path) : cb.isNull(path);
            case EQUALS -> cb.equal(target, value(path, field, parameter, condition.value()));
            case IN -> target.in(inItems(condition.value()).stream().map(item -> value(path, field, parameter, item)).toList());
            case CONTAINS -> cb.like((Expression<String>) target,
                    "%" + escapeLike(value(path, field, parameter, condition.value()).toString()) + "%", '\\');
            case GREATER_THAN -> cb.greaterThan((Expression<Comparable>) path, (Comparable) value(path, field, parameter, condition.value()));
            case LESS_THAN -> cb.lessThan((Expression<Comparable>) path, (Comparable) value(path, field, parameter, condition.value()));
            case GREATER_THAN_OR_EQUAL -> cb.greaterThanOrEqualTo((Expression<Comparable>) path,
                    (Comparable) value(path, field, parameter, condition.value()));
            case LESS_THAN_OR_EQUAL -> cb.lessThanOrEqualTo((Expression<Comparable>) path,
                    (Comparable) value(path, field, parameter, condition.value()));
        };
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

    private static Object value(Path<?> path, FilterableField field, String parameter, String raw) {
        Object value = field.parse(parameter, raw);
        if (value instanceof Enum<?> constant && path.getJavaType() == String.class) {
            // a code kept as text, checked against its enum (a loan's currency inside Money: LoanCurrency)
            return constant.name();
        }
        return field.type() == FilterValueType.TEXT ? value.toString().toLowerCase(java.util.Locale.ROOT) : value;
    }

    private static List<String> inItems(String value) {
        return Arrays.stream(value.split(",")).filter(item -> !item.isBlank()).toList();
    }

    private static boolean specified(String parameter, String value) {
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidFilterException.of(parameter, "filter.boolean");
        };
    }

    /** {@code %} and {@code _} everywhere; {@code [} opens a character class on SQL Server. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("[", "\\[");
    }

    /** {@code get} step by step: the same for an embeddable's attribute ({@code amount.currency}) as for a relation's. */
    private static Path<?> resolve(Root<?> root, String dotted) {
        Path<?> path = root;
        for (String attribute : dotted.split("\\.")) {
            path = path.get(attribute);
        }
        return path;
    }
}
