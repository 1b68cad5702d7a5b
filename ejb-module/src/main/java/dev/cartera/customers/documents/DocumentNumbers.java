package dev.cartera.customers.documents;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The entry point for document numbers: normalises what operators and clients type, and checks it against
 * the rules of its {@link DocumentTypeCode}. Plain Java with no state, so it runs the same in an EJB, a
 * JAX-RS resource, the CSV import and a unit test.
 */
public final class DocumentNumbers {

    /**
     * Raw input longer than this is refused before it is even normalised: no document number comes near
     * it, separators included, and messages quote the number.
     */
    public static final int MAX_INPUT_LENGTH = 64;

    private static final Map<DocumentTypeCode, DocumentRule> RULES = new EnumMap<>(DocumentTypeCode.class);

    static {
        for (DocumentTypeCode type : DocumentTypeCode.values()) {
            RULES.put(type, ruleOf(type));
        }
    }

    private DocumentNumbers() {
    }

    /**
     * Normalises {@code raw} and checks it. Never throws for any {@code raw}: null, blank and absurd input
     * come back as {@link DocumentCheck.Invalid}.
     *
     * @param type the document type the number was sent as; not null
     */
    public static DocumentCheck check(DocumentTypeCode type, String raw) {
        Objects.requireNonNull(type, "type");
        if (raw != null && raw.length() > MAX_INPUT_LENGTH) {
            return Refusals.refuse(type, DocumentProblem.WRONG_LENGTH,
                    "The %s given is %d characters long; no document number has more than %d, separators "
                            + "included",
                    type.inMessages(), raw.length(), MAX_INPUT_LENGTH);
        }
        String number = normalize(type, raw);
        if (number.isEmpty()) {
            return Refusals.refuse(type, DocumentProblem.EMPTY, "No %s was given", type.inMessages());
        }
        return RULES.get(type).check(number);
    }

    /**
     * Removes what people type between the characters of a number (spaces, including no-break spaces;
     * dots; slashes; hyphens and dashes) and upper-cases a–z for the types that contain letters. Does not
     * validate: {@link #check} does, and answers the same canonical form in {@link DocumentCheck.Valid}.
     *
     * @return the normalised number; empty for null
     */
    public static String normalize(DocumentTypeCode type, String raw) {
        Objects.requireNonNull(type, "type");
        return normalize(raw, type == DocumentTypeCode.PASSPORT || type == DocumentTypeCode.CNPJ);
    }

    /**
     * A number as a search of any document type meets it stored: separators removed as {@link #normalize} removes
     * them, a–z upper-cased (the types with letters store them upper-case; the others hold none). For a filter on
     * the stored numbers when no type is chosen.
     */
    public static String normalizeForAnyType(String raw) {
        return normalize(raw, true);
    }

    private static String normalize(String raw, boolean upperCase) {
        if (raw == null) {
            return "";
        }
        StringBuilder number = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            number.append(upperCase && c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return number.toString();
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '/' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    private static DocumentRule ruleOf(DocumentTypeCode type) {
        return switch (type) {
            case CI -> new EcuadorCedula();
            case RUC -> new EcuadorRuc();
            case CC -> new ColombiaCedula(type, 3, 10);
            // no published length found (numbers in use have 6 or 7 digits): the CC's range refuses no real one
            case CE -> new ColombiaCedula(type, 3, 10);
            case NIT -> new ColombiaNit();
            case CPF -> new BrazilCpf();
            case CNPJ -> new BrazilCnpj();
            case PASSPORT -> new Passport();
        };
    }
}
