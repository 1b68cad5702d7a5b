package dev.cartera.imports;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV read as a stream, one record at a time, after detecting its encoding and delimiter from its first bytes
 * ({@link CsvDetection}). The first record is the header. Blank lines are skipped.
 */
public final class CsvFile implements Closeable {

    private final Counting counted;
    private final Charset charset;
    private final char delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private CsvFile(InputStream raw) throws IOException {
        counted = new Counting(raw);
        BufferedInputStream in = new BufferedInputStream(counted, CsvDetection.SAMPLE_BYTES);
        in.mark(CsvDetection.SAMPLE_BYTES);
        byte[] sample = in.readNBytes(CsvDetection.SAMPLE_BYTES);
        in.reset();
        charset = CsvDetection.charset(sample, sample.length);
        in.skipNBytes(CsvDetection.bomLength(sample, sample.length));
        delimiter = CsvDetection.delimiter(CsvDetection.decode(sample, sample.length, charset));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        parser = CSVParser.builder().setReader(new RecordLengthLimit(new InputStreamReader(in, charset), delimiter)).setFormat(format).get();
        records = parser.iterator();
        header = records.hasNext() ? records.next().toList() : List.of();
    }

    /** Detects and reads the header; the caller closes the file, which closes {@code content}. */
    public static CsvFile open(InputStream content) throws IOException {
        return new CsvFile(content);
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    /** The header as written; empty for an empty file. */
    public List<String> header() {
        return header;
    }

    /** The data records, in file order; {@link CSVRecord#getRecordNumber()} minus 1 is the data row number. */
    public Iterator<CSVRecord> records() {
        return records;
    }

    /** Bytes taken from the stream so far (read ahead of the parser by at most a buffer). */
    public long bytesRead() {
        return counted.count;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static final class Counting extends FilterInputStream {

        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
