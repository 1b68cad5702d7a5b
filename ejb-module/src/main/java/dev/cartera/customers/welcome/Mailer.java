package dev.cartera.customers.welcome;

/** Delivers one e-mail: through an SMTP server when one is configured, else into the log. */
public interface Mailer {

    void send(Envelope envelope) throws DeliveryFailure;

    /** Whether {@link #send} puts a message on its way, or only writes it to the log. */
    default boolean delivers() {
        return true;
    }
}
