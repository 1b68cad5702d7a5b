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

    public List<FieldProblem> problems() {
        return problems;
    }

    /** What is wrong with one field. */
    public record FieldProblem(String field, String message) {
    }
}
