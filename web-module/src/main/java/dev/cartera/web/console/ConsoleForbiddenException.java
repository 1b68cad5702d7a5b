package dev.cartera.web.console;

/** A signed-in user asked for something their role may not do; the console answers 403. */
public class ConsoleForbiddenException extends RuntimeException {

    public ConsoleForbiddenException(ConsoleAction action) {
        super("the role may not " + action);
    }
}
