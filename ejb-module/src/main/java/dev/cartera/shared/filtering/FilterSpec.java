package dev.cartera.shared.filtering;

import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The whitelist of fields one list can be filtered on, and their translation into JPA Criteria predicates. */
public final class FilterSpec {

    private final Map<String, FilterableField> fields = new LinkedHashMap<>();

    private FilterSpec(List<FilterableField> fields) {
        fields.forEach(field -> this.fields.put(field.name(), field));
    }

    public static FilterSpec of(FilterableField... fields) {
        return new FilterSpec(Arrays.asList(fields));
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
                case IN -> Arrays.stream(condition.value().split(",")).filter(item -> !item.isBlank())
                        .forEach(item -> field.type().parse(condition.parameter(), item));
                default -> field.type().parse(condition.parameter(), condition.value());
            }
        }
    }

    /** One predicate per condition; the caller combines them with AND. */
    public List<Predicate> predicates(CriteriaBuilder cb, Root<?> root, List<FilterCondition> conditions) {
        return conditions.stream().map(condition -> predicate(cb, root, condition)).toList();
    }

    /**
     * One page of the entities matching the conditions, sorted by {@code sortAttribute} (the request's direction)
     * then by {@code id}, with the total count.
     */
    public <T> Page<T> page(EntityManager em, Class<T> type, PageRequest request, List<FilterCondition> conditions,
                            String sortAttribute) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.where(predicates(cb, root, conditions).toArray(Predicate[]::new));
        query.orderBy(request.sort().ascending() ? cb.asc(root.get(sortAttribute)) : cb.desc(root.get(sortAttribute)),
                cb.asc(root.get("id")));
        List<T> items = em.createQuery(query)
                .setFirstResult(request.firstResult()).setMaxResults(request.size()).getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> counted = count.from(type);
        count.select(cb.count(counted)).where(predicates(cb, counted, conditions).toArray(Predicate[]::new));
        return new Page<>(items, request.page(), request.size(), em.createQuery(count).getSingleResult());
    }

    private FilterableField fieldFor(FilterCondition condition) {
        FilterableField field = fields.get(condition.field());
        if (field == null) {
            throw new InvalidFilterException(condition.parameter(),
                    "cannot filter on '" + condition.field() + "'; filterable fields: " + fieldNames());
        }
        if (!field.operators().contains(condition.operator())) {
            throw new InvalidFilterException(condition.parameter(), "'" + condition.field() + "' takes the operators "
                    + field.operators().stream().sorted().map(FilterOperator::wireName).collect(Collectors.joining(", ")));
        }
        return field;
    }

    private Predicate predicate(CriteriaBuilder cb, Root<?> root, FilterCondition condition) {
        FilterableField field = fieldFor(condition);
        Predicate[] alternatives = field.paths().stream()
                .map(path -> predicate(cb, resolve(root, path), field.type(), condition))
                .toArray(Predicate[]::new);
        return alternatives.length == 1 ? alternatives[0] : cb.or(alternatives);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate predicate(CriteriaBuilder cb, Path<?> path, FilterValueType type, FilterCondition condition) {
        String parameter = condition.parameter();
        Expression<?> target = type == FilterValueType.TEXT ? cb.lower((Expression<String>) path) : path;
        return switch (condition.operator()) {
            case SPECIFIED -> specified(parameter, condition.value()) ? cb.isNotNull(path) : cb.isNull(path);
            case EQUALS -> cb.equal(target, value(type, parameter, condition.value()));
            case IN -> target.in(Arrays.stream(condition.value().split(","))
                    .filter(item -> !item.isBlank())
                    .map(item -> value(type, parameter, item)).toList());
            case CONTAINS -> cb.like((Expression<String>) target,
                    "%" + escapeLike(value(type, parameter, condition.value()).toString()) + "%", '\\');
            case GREATER_THAN -> cb.greaterThan((Expression<Comparable>) path, (Comparable) value(type, parameter, condition.value()));
            case LESS_THAN -> cb.lessThan((Expression<Comparable>) path, (Comparable) value(type, parameter, condition.value()));
            case GREATER_THAN_OR_EQUAL -> cb.greaterThanOrEqualTo((Expression<Comparable>) path,
                    (Comparable) value(type, parameter, condition.value()));
            case LESS_THAN_OR_EQUAL -> cb.lessThanOrEqualTo((Expression<Comparable>) path,
                    (Comparable) value(type, parameter, condition.value()));
        };
    }

    private static Object value(FilterValueType type, String parameter, String raw) {
        Object value = type.parse(parameter, raw);
        return type == FilterValueType.TEXT ? value.toString().toLowerCase(java.util.Locale.ROOT) : value;
    }

    private static boolean specified(String parameter, String value) {
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidFilterException(parameter, "must be true or false");
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Path<?> resolve(Root<?> root, String dotted) {
        Path<?> path = root;
        for (String attribute : dotted.split("\\.")) {
            path = path.get(attribute);
        }
        return path;
    }
}
