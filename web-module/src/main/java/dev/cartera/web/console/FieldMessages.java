package dev.cartera.web.console;

import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * A service's refusal shown on a form: each problem next to its input, in the console's language, said from the
 * rule's stable code as the API says it ({@link FieldProblem#in}).
 */
@RequestScoped
public class FieldMessages {

    @Inject
    Texts texts;

    @Inject
    Console console;

    /**
     * @param inputs the client id of the input each API field is typed in; a problem of another field goes to the
     *               top of the page, with the field's label when the bundles have one
     */
    public void show(InvalidInputException refusal, Map<String, String> inputs) {
        for (FieldProblem problem : refusal.problems()) {
            String clientId = inputs.get(problem.field());
            String text = say(problem);
            if (clientId == null && texts.has("field." + problem.field())) {
                text = texts.text("field." + problem.field()) + ": " + text;
            }
            texts.add(clientId, FacesMessage.SEVERITY_ERROR, text);
        }
    }

    String say(FieldProblem problem) {
        return problem.in(console.getLocale());
    }
}
