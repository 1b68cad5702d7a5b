package dev.cartera.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as its UTC wall-clock time in a DATETIME2 column. JPA 3.1 has no native
 * Instant mapping (EclipseLink would serialize it into a binary column), and a UTC LocalDateTime is what both
 * SQL Server and H2 read and index as a real timestamp.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return utc(instant);
    }

    /** The instant as it is stored, for the few reads that bind it through JDBC ({@link JdbcReads}). */
    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
