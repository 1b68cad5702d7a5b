package dev.cartera.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Caps each CSV record at {@link #MAX_RECORD_CHARS} characters before the parser sees it. Commons CSV keeps a
 * whole field in memory, so a stray quote near the top of a 200 MB file would make the rest of it one
 * multi-hundred-megabyte token. The excess of a record is dropped up to the next line break, the record is closed
 * (its quote too) and marked with {@link #CUT}, which {@link RowReader} turns into a row error.
 *
 * <p>It follows the parser's view of quotes (RFC 4180, as {@code CSVFormat.DEFAULT}): a quote opens a field only at
 * the field's start, and inside one a doubled quote is a quote.
 */
final class RecordLengthLimit extends FilterReader {

    /** Far above any column's maximum length, far below what would strain the heap. */
    static final int MAX_RECORD_CHARS = 65_536;
    /** A Unicode noncharacter: never in a text file, so it can only mean "this record was cut here". */
    static final char CUT = '\uFFFF';

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, SKIPPING }

    private final char delimiter;
    private final int maxRecordChars;
    private final char[] input = new char[8192];
    private int inputLength;
    private int inputPosition;
    private String pending = "";
    private State state = State.FIELD_START;
    private int recordChars;

    RecordLengthLimit(Reader in, char delimiter) {
        this(in, delimiter, MAX_RECORD_CHARS);
    }

    RecordLengthLimit(Reader in, char delimiter, int maxRecordChars) {
        super(in);
        this.delimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] out, int offset, int length) throws IOException {
        int written = 0;
        while (written < length) {
            if (!pending.isEmpty()) {
                out[offset + written++] = pending.charAt(0);
                pending = pending.substring(1);
                continue;
            }
            if (inputPosition == inputLength) {
                if (written > 0 && !in.ready()) {
                    break;
                }
                inputLength = in.read(input, 0, input.length);
                inputPosition = 0;
                if (inputLength < 0) {
                    inputLength = 0;
                    return written == 0 ? -1 : written;
                }
                continue;
            }
            char c = input[inputPosition++];
            if (state == State.SKIPPING) {
                if (c == '\n') {
                    state = State.FIELD_START;
                    recordChars = 0;
                }
                continue;
            }
            if (++recordChars > maxRecordChars) {
                pending = switch (state) {
                    case QUOTED -> CUT + "\"\n";
                    // the quote just read may close the field or start a doubled one: double it, then close
                    case QUOTE_IN_QUOTED -> "\"" + CUT + "\"\n";
                    default -> CUT + "\n";
                };
                state = c == '\n' ? State.FIELD_START : State.SKIPPING;
                recordChars = 0;
                continue;
            }
            advance(c);
            out[offset + written++] = c;
        }
        return written;
    }

    private void advance(char c) {
        state = switch (state) {
            case FIELD_START -> c == '"' ? State.QUOTED : afterUnquoted(c);
            case UNQUOTED -> afterUnquoted(c);
            case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : afterUnquoted(c);
            case SKIPPING -> State.SKIPPING;
        };
    }

    private State afterUnquoted(char c) {
        if (c == '\n') {
            recordChars = 0;
            return State.FIELD_START;
        }
        return c == delimiter ? State.FIELD_START : State.UNQUOTED;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("not supported");
    }
}
