package dev.cartera.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The month in the company's zone, America/Guayaquil (UTC-5 all year), against purchases stored in UTC. */
class LoyaltyPeriodTest {

    private static final ZoneId GUAYAQUIL = ZoneId.of("America/Guayaquil");
    private static final LoyaltyPeriod OCTOBER = new LoyaltyPeriod(YearMonth.of(2026, 10), GUAYAQUIL);

    @Test
    void aMonthRunsFromMidnightOnThe1stToMidnightOnThe1stOfTheNextInTheCompanyZone() {
        assertEquals(Instant.parse("2026-10-01T05:00:00Z"), OCTOBER.start());
        assertEquals(Instant.parse("2026-11-01T05:00:00Z"), OCTOBER.end());
    }

    @Test
    void theLastMomentOfTheLastDayCountsAndMidnightOnThe1stOfTheNextMonthDoesNot() {
        Instant lastMoment = local(2026, 10, 31, 23, 59, 59, 999_000_000);
        assertEquals(Instant.parse("2026-11-01T04:59:59.999Z"), lastMoment);
        assertTrue(OCTOBER.contains(lastMoment));
        assertTrue(OCTOBER.contains(local(2026, 10, 31, 23, 59, 59, 0)));

        Instant nextMonth = local(2026, 11, 1, 0, 0, 0, 0);
        assertEquals(Instant.parse("2026-11-01T05:00:00Z"), nextMonth);
        assertFalse(OCTOBER.contains(nextMonth));
    }

    @Test
    void theFirstMomentCountsAndTheMomentBeforeItBelongsToTheMonthBefore() {
        assertTrue(OCTOBER.contains(local(2026, 10, 1, 0, 0, 0, 0)));
        assertFalse(OCTOBER.contains(Instant.parse("2026-10-01T04:59:59.999Z")), "still 30 September in Guayaquil");
        assertTrue(OCTOBER.contains(Instant.parse("2026-10-01T05:00:00Z")));
        assertTrue(new LoyaltyPeriod(YearMonth.of(2026, 9), GUAYAQUIL).contains(Instant.parse("2026-10-01T04:59:59.999Z")));
    }

    @Test
    void aUtcMonthWouldBeWrongByFiveHours() {
        // a purchase at 21:00 on 31 October in Guayaquil is 02:00 on 1 November in UTC: it belongs to October
        Instant evening = local(2026, 10, 31, 21, 0, 0, 0);
        assertEquals(11, LocalDateTime.ofInstant(evening, ZoneOffset.UTC).getMonthValue());
        assertTrue(OCTOBER.contains(evening));
    }

    @Test
    void lastMonthIsThePreviousCalendarMonthInTheCompanyZoneNotInUtc() {
        // 04:59 UTC on 1 November is still 31 October in Guayaquil: last month is September
        assertEquals(YearMonth.of(2026, 9), LoyaltyPeriod.lastMonth(at("2026-11-01T04:59:59Z"), GUAYAQUIL).month());
        assertEquals(YearMonth.of(2026, 10), LoyaltyPeriod.lastMonth(at("2026-11-01T05:00:00Z"), GUAYAQUIL).month());
        assertEquals(YearMonth.of(2025, 12), LoyaltyPeriod.lastMonth(at("2026-01-15T12:00:00Z"), GUAYAQUIL).month());
        assertEquals(GUAYAQUIL, LoyaltyPeriod.lastMonth(at("2026-01-15T12:00:00Z"), GUAYAQUIL).zone());
    }

    @Test
    void aMonthIsOverOnlyOnceItsEndHasPassedInTheCompanyZone() {
        assertFalse(OCTOBER.isOver(at("2026-11-01T04:59:59Z")));
        assertTrue(OCTOBER.isOver(at("2026-11-01T05:00:00Z")));
        assertFalse(OCTOBER.isOver(at("2026-10-15T00:00:00Z")));
    }

    @Test
    void keyAndFolder() {
        assertEquals("2026-10", OCTOBER.key());
        assertEquals("2026/10", OCTOBER.folder());
        assertEquals("2026-03", new LoyaltyPeriod(YearMonth.of(2026, 3), GUAYAQUIL).key());
    }

    @Test
    void parsesAMonthStrictly() {
        assertEquals(OCTOBER, LoyaltyPeriod.parse(" 2026-10 ", GUAYAQUIL, "month"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-00", "2026-1", "26-10", "2026/10", "2026-10-01", "october", " "})
    void refusesAnythingElseNamingTheField(String text) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> LoyaltyPeriod.parse(text, GUAYAQUIL, "month"));
        assertEquals("month", refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).message().contains("yyyy-MM"), refused.problems().get(0).message());
    }

    private static Instant local(int year, int month, int day, int hour, int minute, int second, int nanos) {
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos).atZone(GUAYAQUIL).toInstant();
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
