package dev.cartera.shared.i18n;

/** An exception that says what went wrong in the reader's language: the web module turns it into a problem detail. */
public interface Explained {

    Message explanation();
}
