package dev.cartera.web.customers;

import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentTypeCode;

/**
 * The bundle keys that say, in the console's language, why a document number was refused: one per stable
 * {@link dev.cartera.customers.documents.DocumentProblem} code, completed by the type's rule ("una cédula tiene 10
 * dígitos"). The domain keeps its English sentence for the API.
 */
final class DocumentTexts {

    private DocumentTexts() {
    }

    static String problemKey(DocumentCheck.Invalid invalid) {
        return "document.problem." + invalid.problem().name();
    }

    static String ruleKey(DocumentTypeCode type) {
        return "document.rule." + type.name();
    }
}
