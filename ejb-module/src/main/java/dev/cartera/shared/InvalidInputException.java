package dev.cartera.shared;

import dev.cartera.shared.i18n.Message;
import dev.cartera.shared.i18n.Messages;
import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;

/** Input a service refuses, with one problem per field so the client can fix them all at once. Becomes a 400. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).field() + " " + problems.get(0).message()
                : problems.size() + " fields need fixing");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInputException(FieldProblem problem) {
        this(List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * What is wrong with one field.
     *
     * @param code      a stable name of the rule broken ({@code REQUIRED}, {@code INVALID_PHONE}...), with which a
     *                  client says it in its user's language; {@link #INVALID} where a context has not named its rules
     * @param message   an English sentence for API users and logs
     * @param arguments what the sentence mentions (the value, a limit, an example), in the order the code's
     *                  translations number them
     */
    public record FieldProblem(String field, String code, String message, List<Object> arguments) {

        public static final String INVALID = "INVALID";
        private static final String DOCUMENT = "DOCUMENT_";

        public FieldProblem {
            arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
        }

        public FieldProblem(String field, String message) {
            this(field, INVALID, message, List.of());
        }

        public static FieldProblem of(String field, String code, String message, Object... arguments) {
            return new FieldProblem(field, code, message, java.util.Arrays.asList(arguments));
        }

        /**
         * The problem in {@code locale}, from the code's text ({@code field.problem.<CODE>}; a document's own rules
         * as {@code document.problem.<PROBLEM>}), or the English sentence for a code the bundles do not know.
         */
        public String in(Locale locale) {
            Message text = text();
            return Messages.has(locale, text.key()) ? text.in(locale) : message;
        }

        /** The problem as a message; a code the bundles do not know is said with the English sentence. */
        public Message text() {
            if (code.startsWith(DOCUMENT) && arguments.size() == 2) {
                return Message.of("document.problem." + code.substring(DOCUMENT.length()), arguments.get(0),
                        Message.of("document.rule." + arguments.get(1)));
            }
            return new Message("field.problem." + code, arguments);
        }
    }
}
