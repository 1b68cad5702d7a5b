package dev.cartera.shared.filtering;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Attribute;
import java.util.Locale;

/** A list's conditions as JPA Criteria predicates, on either database. */
final class FilterPredicates {

    private FilterPredicates() {
    }

    /**
     * The condition on each of the field's paths, any of them matching.
     *
     * @param readInOrderOf the attribute path the list is read in the order of, every other condition then checked
     *                      row by row; null when any index may serve
     */
    static Predicate of(CriteriaBuilder cb, Root<?> root, FilterableField field, FilterCondition condition,
                        String readInOrderOf) {
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
            case SPECIFIED -> condition.specified() ? cb.isNotNull(path) : cb.isNull(path);
            case EQUALS -> cb.equal(target, value(path, field, parameter, condition.value()));
            case IN -> target.in(condition.items().stream().map(item -> value(path, field, parameter, item)).toList());
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

    private static Object value(Path<?> path, FilterableField field, String parameter, String raw) {
        Object value = field.parse(parameter, raw);
        if (value instanceof Enum<?> constant && path.getJavaType() == String.class) {
            // a code kept as text, checked against its enum (a loan's currency inside Money: LoanCurrency)
            return constant.name();
        }
        return field.type() == FilterValueType.TEXT ? value.toString().toLowerCase(Locale.ROOT) : value;
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
    static Path<?> resolve(Root<?> root, String dotted) {
        Path<?> path = root;
        for (String attribute : dotted.split("\\.")) {
            path = path.get(attribute);
        }
        return path;
    }
}
