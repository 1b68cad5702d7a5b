package dev.cartera.web.problems;

import dev.cartera.shared.i18n.Messages;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;

/**
 * A Bean Validation failure in the request's language, from the same bundles as every other text: a standard
 * constraint's default message is {@code constraint.<Name>} ({@code constraint.Size} with its min and max), and our
 * own messages are written as templates ({@code {cartera.role}}) that name {@code constraint.cartera.role}. The
 * validator's own sentence is the fallback for anything the bundles do not know.
 */
final class ConstraintMessages {

    private static final String STANDARD = "jakarta.validation.constraints.";

    private ConstraintMessages() {
    }

    static String in(ConstraintViolation<?> violation, Locale language) {
        String template = violation.getMessageTemplate();
        if (template == null || !template.startsWith("{") || !template.endsWith("}")) {
            return violation.getMessage();
        }
        String name = template.substring(1, template.length() - 1);
        if (name.startsWith(STANDARD) && name.endsWith(".message")) {
            name = name.substring(STANDARD.length(), name.length() - ".message".length());
        }
        String key = "constraint." + name;
        if (!Messages.has(language, key)) {
            return violation.getMessage();
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        return Messages.text(language, key, attributes.getOrDefault("min", 0), attributes.getOrDefault("max", 0));
    }
}
