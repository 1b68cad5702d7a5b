package dev.cartera.web.console;

import dev.cartera.identity.UserService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in user as pages see them ({@code #{console}}): who they are, what their role may do, the language
 * the console speaks to them, and signing out.
 */
@Named
@RequestScoped
public class Console {

    static final String USER = "cartera.console.user";
    static final String LANGUAGE = "cartera.console.language";
    public static final List<String> LANGUAGES = List.of("es", "en");

    @Inject
    UserService users;

    public static Optional<ConsoleUser> userOf(HttpSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable((ConsoleUser) session.getAttribute(USER));
    }

    public ConsoleUser getUser() {
        return userOf((HttpSession) external().getSession(false)).orElse(null);
    }

    /** For the menu and the buttons: whether to offer an action. */
    public boolean may(String action) {
        ConsoleUser user = getUser();
        return user != null && user.may(ConsoleAction.valueOf(action));
    }

    /**
     * Every bean action that changes or reveals something calls this first.
     *
     * @throws ConsoleForbiddenException when the signed-in role may not
     */
    public ConsoleUser require(ConsoleAction action) {
        ConsoleUser user = getUser();
        if (user == null || !user.may(action)) {
            throw new ConsoleForbiddenException(action);
        }
        return user;
    }

    /** The f:viewAction of a page that has no bean of its own: the role check on the server. */
    public void requirePage(String action) {
        require(ConsoleAction.valueOf(action));
    }

    /** The language of the pages: the user's choice, Spanish until they make one. */
    public Locale getLocale() {
        return languageOf((HttpSession) external().getSession(false));
    }

    /** The console's language for a plain servlet (a download, the error page) of a signed-in session. */
    public static Locale languageOf(HttpServletRequest request) {
        return languageOf(request.getSession(false));
    }

    private static Locale languageOf(HttpSession session) {
        Object chosen = session == null ? null : session.getAttribute(LANGUAGE);
        return Locale.of(chosen instanceof String language ? language : "es");
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the language and remembers it on the user, so every later sign-in starts in it. */
    public void chooseLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            return;
        }
        ConsoleUser user = getUser();
        if (user != null) {
            users.chooseLanguage(user.id(), language);
        }
        external().getSessionMap().put(LANGUAGE, language);
        reloadCurrentPage();
    }

    /** Ends the session on the server, not only the cookie in this browser. */
    public void signOut() {
        external().invalidateSession();
        redirect(external().getRequestContextPath() + "/admin/login?bye=true");
    }

    private void reloadCurrentPage() {
        var request = (jakarta.servlet.http.HttpServletRequest) external().getRequest();
        String query = request.getQueryString();
        redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    private static void redirect(String url) {
        try {
            external().redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
