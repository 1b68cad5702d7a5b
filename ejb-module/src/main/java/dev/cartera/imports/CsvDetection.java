package dev.cartera.imports;

import dev.cartera.shared.i18n.Message;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Guesses how a CSV was written from its first bytes: the encoding (UTF-8 with or without a BOM, else
 * Windows-1252, what Excel writes on Latin-American Windows) and the delimiter (comma, semicolon or tab).
 */
public final class CsvDetection {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How many bytes the detection looks at. */
    public static final int SAMPLE_BYTES = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private CsvDetection() {
    }

    /** @return 3 when the bytes start with the UTF-8 byte order mark, else 0 */
    public static int bomLength(byte[] head, int length) {
        return length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /**
     * UTF-8 when the sample decodes as UTF-8 (a sequence cut by the end of the sample does not count against it),
     * else Windows-1252.
     */
    public static Charset charset(byte[] head, int length) {
        if (bomLength(head, length) > 0) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(length + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(head, 0, length), out, false);
        return result.isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    /** Decodes the sample, for finding the header line. */
    public static String decode(byte[] head, int length, Charset charset) {
        int bom = charset == StandardCharsets.UTF_8 ? bomLength(head, length) : 0;
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(head, bom, length - bom)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The delimiter that occurs most often outside quotes in the first line; a comma when there is none. */
    public static char delimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    /**
     * Why content is not a CSV we read, judging by the first bytes and the media type the client declared: empty,
     * a spreadsheet, a PDF, an image, or binary (a NUL byte; UTF-16 is refused too, only UTF-8 and Windows-1252 are
     * read).
     *
     * @return the reason, or empty when it may be a CSV
     */
    public static Optional<Message> notCsv(byte[] head, int length, String declaredType) {
        if (length == 0) {
            return Optional.of(Message.of("problem.csv.empty"));
        }
        if (startsWith(head, length, 'P', 'K', 3, 4) || startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of(Message.of("problem.csv.spreadsheet"));
        }
        if (startsWith(head, length, '%', 'P', 'D', 'F')) {
            return Optional.of(Message.of("problem.csv.pdf"));
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                return Optional.of(Message.of("problem.csv.binary"));
            }
        }
        String type = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.equals("application/pdf") || type.equals("application/zip")) {
            return Optional.of(Message.of("problem.csv.type", declaredType));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** How a delimiter is named in the job: {@code ,}, {@code ;} or {@code tab}. */
    public static String describe(char delimiter) {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }
}
