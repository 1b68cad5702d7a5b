package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void storesTheUtcWallClockWhateverTheJvmZone() {
        Instant instant = Instant.parse("2026-03-08T02:30:00.123456Z");
        LocalDateTime column = converter.convertToDatabaseColumn(instant);
        assertEquals(LocalDateTime.parse("2026-03-08T02:30:00.123456"), column);
        assertEquals(instant, converter.convertToEntityAttribute(column));
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
