package dev.cartera.imports;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVRecord;

/**
 * A file's records with its first few read ahead, so the column matcher sees their values before the rows are
 * processed; then every record, those first ones included, in order.
 */
final class SampledRecords implements Iterator<CSVRecord> {

    private final List<CSVRecord> ahead = new ArrayList<>();
    private final Iterator<CSVRecord> rest;
    private int next;

    SampledRecords(Iterator<CSVRecord> records, int count) {
        this.rest = records;
        while (ahead.size() < count && records.hasNext()) {
            ahead.add(records.next());
        }
    }

    /** The values read ahead, by column position ({@code columns} lists; a short record gives fewer). */
    List<List<String>> samples(int columns) {
        List<List<String>> samples = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            List<String> values = new ArrayList<>();
            for (CSVRecord record : ahead) {
                if (i < record.size()) {
                    values.add(RowReader.clean(record.get(i)));
                }
            }
            samples.add(values);
        }
        return samples;
    }

    @Override
    public boolean hasNext() {
        return next < ahead.size() || rest.hasNext();
    }

    @Override
    public CSVRecord next() {
        if (next < ahead.size()) {
            return ahead.get(next++);
        }
        if (!rest.hasNext()) {
            throw new NoSuchElementException();
        }
        return rest.next();
    }
}
