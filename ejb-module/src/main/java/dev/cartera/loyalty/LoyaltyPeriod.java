package dev.cartera.loyalty;

import dev.cartera.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;

/**
 * A calendar month in the company's time zone, as the half-open range of instants [start, end) that purchases
 * (stored in UTC) are compared with. In America/Guayaquil (UTC-5, no daylight saving) October 2026 runs from
 * 2026-10-01T05:00:00Z included to 2026-11-01T05:00:00Z excluded, so a purchase at 23:59:59.999 local on the 31st
 * counts and one at midnight on the 1st does not.
 */
public record LoyaltyPeriod(YearMonth month, ZoneId zone) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    public LoyaltyPeriod {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
    }

    /** The month before the current one in the company's zone: what the monthly timer reports on. */
    public static LoyaltyPeriod lastMonth(Clock clock, ZoneId zone) {
        return new LoyaltyPeriod(YearMonth.now(clock.withZone(zone)).minusMonths(1), zone);
    }

    /** @throws InvalidInputException naming {@code field} unless the text is a month such as {@code 2026-10} */
    public static LoyaltyPeriod parse(String text, ZoneId zone, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(InvalidInputException.FieldProblem.of(field, "MONTH_REQUIRED",
                    "is required: a month as yyyy-MM, e.g. 2026-10"));
        }
        try {
            return new LoyaltyPeriod(YearMonth.parse(text.trim(), MONTH), zone);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(InvalidInputException.FieldProblem.of(field, "NOT_A_MONTH",
                    "must be a month as yyyy-MM, e.g. 2026-10 (got '" + text.trim() + "')", text.trim()));
        }
    }

    /** The first instant of the month, included. */
    public Instant start() {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The first instant of the next month, excluded. */
    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /** Whether the month has ended: only then is its total final. */
    public boolean isOver(Clock clock) {
        return !end().isAfter(clock.instant());
    }

    /** {@code 2026-10}: the report's key in the API and the database. */
    public String key() {
        return MONTH.format(month);
    }

    /** {@code 2026/10}: the folder of the month's files in the blob store. */
    public String folder() {
        return key().replace('-', '/');
    }
}
