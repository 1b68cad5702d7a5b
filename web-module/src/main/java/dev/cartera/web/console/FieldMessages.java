package dev.cartera.web.console;

import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * A service's refusal shown on a form: each problem next to its input, in the console's language, from the rule's
 * stable code ({@code field.problem.<CODE>}); the service's English sentence only for a code the bundles do not
 * know yet. A document's own rules are said as the lookup says them.
 */
@RequestScoped
public class FieldMessages {

    private static final String DOCUMENT = "DOCUMENT_";

    @Inject
    Texts texts;

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
        List<Object> arguments = problem.arguments();
        if (problem.code().startsWith(DOCUMENT) && arguments.size() == 2) {
            String key = "document.problem." + problem.code().substring(DOCUMENT.length());
            return texts.has(key) ? texts.text(key, arguments.get(0), texts.text("document.rule." + arguments.get(1)))
                    : problem.message();
        }
        String key = "field.problem." + problem.code();
        return texts.has(key) ? texts.text(key, arguments.toArray()) : problem.message();
    }
}
