package dev.cartera.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the reference data files shipped in the EJB jar under {@code reference/}: UTF-8, comma-separated, a
 * header row. A malformed file stops the start with an error that names the file and the line, rather than
 * loading part of it.
 */
public final class ReferenceCsv {

    public static final String FOLDER = "reference/";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();

    private ReferenceCsv() {
    }

    /**
     * @param file    a file name under {@code reference/} on the classpath
     * @param columns the columns the header must have
     */
    public static List<Row> read(String file, String... columns) {
        String resource = FOLDER + file;
        InputStream in = ReferenceCsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The reference data file " + resource + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(resource, reader, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** @param source what to call the text in error messages */
    public static List<Row> parse(String source, Reader reader, String... columns) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> missing = Arrays.stream(columns).filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException(source + ": the header has no column " + String.join(", ", missing)
                        + " (it has " + String.join(", ", parser.getHeaderNames()) + ")");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Row row = new Row(source, parser.getCurrentLineNumber(), record.toMap());
                if (!record.isConsistent()) {
                    throw row.invalid(record.size() + " values for " + parser.getHeaderNames().size() + " columns");
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** One line of a reference file, by column name. */
    public record Row(String source, long line, Map<String, String> values) {

        /** The value of a column that must not be empty. */
        public String value(String column) {
            String value = optional(column);
            if (value == null) {
                throw invalid(column + " is empty");
            }
            return value;
        }

        /** The value of a column, or null when it is empty. */
        public String optional(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** An error about this line, for the loader to stop on. */
        public IllegalStateException invalid(String problem) {
            return new IllegalStateException(source + " line " + line + ": " + problem);
        }
    }
}
