package dev.cartera.shared.i18n;

/**
 * A refusal a service explains with a message rather than a sentence: the web module says it in the reader's
 * language, and the exception's own message (for logs) is the English text.
 */
public abstract class ExplainedException extends RuntimeException implements Explained {

    private final transient Message explanation;

    protected ExplainedException(Message explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
