package dev.cartera.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

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

        public FieldProblem {
            arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
        }

        public FieldProblem(String field, String message) {
            this(field, INVALID, message, List.of());
        }

        public static FieldProblem of(String field, String code, String message, Object... arguments) {
            return new FieldProblem(field, code, message, java.util.Arrays.asList(arguments));
        }
    }
}
