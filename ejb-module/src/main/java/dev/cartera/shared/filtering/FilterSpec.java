package dev.cartera.shared.filtering;

import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.SearchWords;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Attribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        List<FilterCondition> asked = new ArrayList<>();
        boolean matchesNothing = false;
        for (FilterCondition condition : conditions) {
            FilterableField field = fieldFor(condition);
            if (condition.operator() == FilterOperator.SPECIFIED && field.neverNull()) {
                // decided without the column, which no index may serve: every record has it, none lacks it
                if (specified(condition.parameter(), condition.value())) {
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
     * attribute is wrapped ({@code CASE WHEN ... THEN 1 ELSE 0 END = 1}) so that no index serves it. Otherwise a
     * planner that does not weigh the page's size takes the filter's index and sorts every match: 5-7 s for
     * {@code country.equals} at 1,000,000 customers on H2. When fewer match, that index is the right way in, and
     * sorting them costs little. In id order, the page's ids come from an index that begins with the id and holds
     * the columns checked, where the table has one ({@link #everyId}).
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
                    : predicate(cb, root, condition, readInOrderOf)).toList();
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
     * One page of the entities matching the conditions, sorted on the attribute, and the total count behind it:
     * what every filtered list runs. The id breaks ties, so pages never overlap or skip rows, in the sort's
     * direction, so an index on the sorted column (which ends with the primary key) serves the whole ORDER BY.
     * A request with a cursor starts after the row it names ({@link Keyset}) instead of skipping an offset; every
     * page carries the cursor of the one after it. The count comes first, as it decides how the list is read
     * ({@link Planned}).
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
        Counted counted = plan(em, conditions).counted(em, type, sortAttribute);
        Total total = counted.total();
        if (total.exact() && total.items() == 0) {
            return new Page<>(List.of(), request.page(), request.size(), 0, null, true); // counted: nothing to read
        }
        List<Predicate> where = new ArrayList<>(counted.planned().predicates(cb, query, root));
        if (request.after() != null) {
            where.add(Keyset.after(cb, sorted, id, request.after(), sortedIsId));
        } else if (sortedIsId && counted.planned().readInOrderOf != null && id.getJavaType() == Long.class) {
            where.add(everyId(cb, id));
        }
        // the page's ids first, then its rows: an index that holds the conditions' columns and the id answers the
        // first query alone, where reading the rows of every match before sorting them cost 0.1-0.4 s for 4,000
        query.multiselect(sorted, id).where(where.toArray(Predicate[]::new));
        var order = ascending ? cb.asc(sorted) : cb.desc(sorted);
        var tieBreak = ascending ? cb.asc(id) : cb.desc(id);
        query.orderBy(sortedIsId ? List.of(order) : List.of(order, tieBreak));
        // one row more than the page says whether another page follows
        List<Tuple> rows = em.createQuery(query)
                .setFirstResult(request.firstResult()).setMaxResults(request.size() + 1).getResultList();
        List<Tuple> shown = rows.subList(0, Math.min(rows.size(), request.size()));
        String next = rows.size() > request.size()
                ? Keyset.cursorAfter(request.sort(), shown.getLast().get(0), shown.getLast().get(1)).encode() : null;
        List<T> items = byIds(em, type, shown.stream().map(row -> row.get(1)).toList());
        return new Page<>(items, request.page(), request.size(), total.items(), next, total.exact());
    }

    /**
     * A condition every row meets, on the id: with it H2's planner weighs every index that begins with the id for a
     * list read in id order, and takes the narrow one that holds the columns checked row by row (V25: the instants
     * and dates that grow with the id), so the page's ids come from that index alone. Without a condition on an
     * indexed column it weighs only the table, whose every row is then read whole: 1.2-2.9 s for a wide range of
     * instants at 1,000,000 rows, whose matches are the newest rows. A keyset page's cursor is such a condition
     * already.
     */
    @SuppressWarnings("unchecked")
    private static Predicate everyId(CriteriaBuilder cb, Path<?> id) {
        return cb.greaterThanOrEqualTo((Path<Long>) id, Long.MIN_VALUE);
    }

    /**
     * The entities with these ids, in their order: one query by primary key. A row deleted since its id was read is
     * left out, as if the page had been read a moment later.
     */
    private static <T> List<T> byIds(EntityManager em, Class<T> type, List<Object> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.select(root).where(root.get("id").in(ids));
        PersistenceUnitUtil identity = em.getEntityManagerFactory().getPersistenceUnitUtil();
        Map<Object, T> byId = new HashMap<>();
        em.createQuery(query).getResultList().forEach(entity -> byId.put(identity.getIdentifier(entity), entity));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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

    private Predicate predicate(CriteriaBuilder cb, Root<?> root, FilterCondition condition, String readInOrderOf) {
        FilterableField field = fieldFor(condition);
        Predicate[] alternatives = field.paths().stream()
                .map(path -> {
                    boolean indexable = readInOrderOf == null || path.equals(readInOrderOf);
                    Path<?> resolved = indexable && condition.operator() != FilterOperator.SPECIFIED
                            ? resolve(root, path) : resolveOuter(root, path);
                    Predicate predicate = predicate(cb, resolved, field, condition);
                    return indexable ? predicate : rowByRow(cb, predicate, root.get("id"));
                })
                .toArray(Predicate[]::new);
        return alternatives.length == 1 ? alternatives[0] : cb.or(alternatives);
    }

    /**
     * The same condition as an expression no index serves, which both databases evaluate on each row they read: a
     * {@code CASE} around it, which keeps the attribute's mapping converting the values (an enum's name, an instant
     * in UTC), as a function around the column would not. Its value is the row's id (never null) or null, not a
     * bound 1 or 0: H2 types a {@code CASE} of parameters when it first plans the statement, before their values
     * are bound, as text, and then turned each row's 1 or 0 into text and compared it with the bound 1: a wide date
     * range of a million loans read in id order took 110-230 ms instead of 75-100 ms once its plan was reused.
     */
    private static Predicate rowByRow(CriteriaBuilder cb, Predicate predicate, Path<?> id) {
        return cb.selectCase().when(predicate, id).otherwise(cb.nullLiteral(id.getJavaType())).isNotNull();
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

    /**
     * The path through outer joins, so that the list's own table leads the join and is read in the list's order (H2
     * reads an inner join from its smaller side, the cities, and then sorts every customer it reaches). A comparison
     * is false on a null, as through an inner join; {@code specified=false} finds the rows the join reaches nothing
     * for (a customer without a city has no {@code cityId}), which an inner join would leave out.
     */
    private static Path<?> resolveOuter(Root<?> root, String dotted) {
        String[] attributes = dotted.split("\\.");
        Path<?> path = root;
        for (int i = 0; i < attributes.length - 1; i++) {
            boolean association = path instanceof From<?, ?> from
                    && from.get(attributes[i]).getModel() instanceof Attribute<?, ?> attribute && attribute.isAssociation();
            path = association ? ((From<?, ?>) path).join(attributes[i], JoinType.LEFT) : path.get(attributes[i]);
        }
        return path.get(attributes[attributes.length - 1]);
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
