package dev.cartera.web.console;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.Set;

/**
 * The page session's cookie: HttpOnly (scripts never read it), SameSite=Lax (another site's form or image does not
 * carry it; a link followed from an e-mail still does), Secure when configured, path /admin/ so requests to
 * /api never even carry it, and cookies only (a session id in a URL would leak through logs and Referer).
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    static final String COOKIE_NAME = "CARTERA_CONSOLE";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var context = event.getServletContext();
        ConsoleSettings settings = ConsoleSettings.read();
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setName(COOKIE_NAME);
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.secureCookie());
        cookie.setPath(context.getContextPath() + "/admin/");
        cookie.setAttribute("SameSite", "Lax");
        context.setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE));
        context.setSessionTimeout((int) Math.max(1, settings.sessionTimeout().toMinutes()));
    }
}
