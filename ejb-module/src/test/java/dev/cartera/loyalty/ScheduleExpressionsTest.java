package dev.cartera.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class ScheduleExpressionsTest {

    @Test
    void readsSixFieldsSecondsFirst() {
        ScheduleExpression schedule = ScheduleExpressions.parse(" */5  *  * 1 * Mon-Fri ", "America/Bogota");
        assertEquals("*/5", schedule.getSecond());
        assertEquals("*", schedule.getMinute());
        assertEquals("*", schedule.getHour());
        assertEquals("1", schedule.getDayOfMonth());
        assertEquals("*", schedule.getMonth());
        assertEquals("Mon-Fri", schedule.getDayOfWeek());
        assertEquals("America/Bogota", schedule.getTimezone());
    }

    @Test
    void refusesAnotherNumberOfFields() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ScheduleExpressions.parse("0 1 1 * *", "UTC"));
        assertEquals(true, refused.getMessage().contains("six fields"), refused.getMessage());
    }
}
