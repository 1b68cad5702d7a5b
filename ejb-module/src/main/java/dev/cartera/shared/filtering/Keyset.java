package dev.cartera.shared.filtering;

import dev.cartera.shared.Cursor;
import dev.cartera.shared.Sort;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The rows after a cursor in a list sorted on one attribute with the id breaking ties, as a predicate an index on
 * (attribute, id) serves. NULLs sort low on both databases (SQL Server always; H2 by default, MSSQLServer mode
 * included): first in an ascending list, last in a descending one.
 */
final class Keyset {

    private Keyset() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Predicate after(CriteriaBuilder cb, Path<?> sorted, Path<?> id, Cursor cursor, boolean sortedIsId) {
        Comparable lastId = (Comparable) parse(cursor.lastId(), id.getJavaType());
        Expression<Comparable> ids = (Expression<Comparable>) id;
        Predicate pastId = cursor.ascending() ? cb.greaterThan(ids, lastId) : cb.lessThan(ids, lastId);
        if (sortedIsId) {
            return pastId;
        }
        Expression<Comparable> values = (Expression<Comparable>) sorted;
        if (cursor.lastValue() == null) {
            Predicate sameNull = cb.and(cb.isNull(sorted), pastId);
            return cursor.ascending() ? cb.or(sameNull, cb.isNotNull(sorted)) : sameNull;
        }
        Comparable last = (Comparable) parse(cursor.lastValue(), sorted.getJavaType());
        Predicate beyond = cursor.ascending() ? cb.greaterThan(values, last) : cb.lessThan(values, last);
        Predicate tie = cb.and(cb.equal(sorted, last), pastId);
        return cursor.ascending() ? cb.or(beyond, tie) : cb.or(beyond, tie, cb.isNull(sorted));
    }

    /** The cursor after a row whose sorted attribute and id are these. */
    static Cursor cursorAfter(Sort sort, Object lastValue, Object lastId) {
        return new Cursor(sort.field(), sort.ascending(), lastValue == null ? null : text(lastValue), text(lastId));
    }

    private static String text(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(String text, Class<?> type) {
        try {
            if (type == String.class) {
                return text;
            }
            if (type == Long.class || type == long.class) {
                return Long.valueOf(text);
            }
            if (type == Integer.class || type == int.class) {
                return Integer.valueOf(text);
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(text);
            }
            if (type == Instant.class) {
                return Instant.parse(text);
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(text);
            }
            if (type == Boolean.class || type == boolean.class) {
                return Boolean.valueOf(text);
            }
            if (type.isEnum()) {
                return Enum.valueOf((Class<Enum>) type, text);
            }
        } catch (RuntimeException e) {
            throw InvalidFilterException.of("cursor", "cursor.invalid");
        }
        throw new IllegalStateException("no keyset paging on a " + type.getName());
    }
}
