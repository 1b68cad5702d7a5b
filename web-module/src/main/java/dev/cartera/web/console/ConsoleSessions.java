package dev.cartera.web.console;

import dev.cartera.identity.User;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Opens a page session for a user the identity service has just authenticated. */
public final class ConsoleSessions {

    private ConsoleSessions() {
    }

    /**
     * A new session id at sign-in, so an id planted before (session fixation) or seen on the sign-in page is worth
     * nothing afterwards; the idle timeout from the configuration; the user's language.
     */
    public static void open(HttpServletRequest request, User user) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session = request.getSession(false);
        session.setMaxInactiveInterval((int) ConsoleSettings.read().sessionTimeout().toSeconds());
        session.setAttribute(Console.USER, ConsoleUser.of(user));
        session.setAttribute(Console.LANGUAGE, user.language() == null ? "es" : user.language());
    }
}
