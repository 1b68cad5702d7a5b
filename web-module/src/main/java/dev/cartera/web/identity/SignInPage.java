package dev.cartera.web.identity;

import dev.cartera.identity.AuthenticationService;
import dev.cartera.identity.InvalidCredentialsException;
import dev.cartera.identity.LoginThrottledException;
import dev.cartera.identity.UserService;
import dev.cartera.shared.TooManyRequestsException;
import dev.cartera.web.console.ConsoleSessions;
import dev.cartera.web.console.Texts;
import dev.cartera.web.http.ClientAddresses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;

/** The console's sign-in form, over the same identity service (users, hashes, throttling) as POST /api/auth/login. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    AuthenticationService authentication;

    @Inject
    Texts texts;

    @Inject
    ClientAddresses clientAddresses;

    private String username;
    private String password;
    private String next;
    private boolean bye;

    public void signIn() throws IOException {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            var user = authentication.authenticate(UserService.normalizeUsername(username), secret,
                    clientAddresses.of(request));
            ConsoleSessions.open(request, user);
            external.redirect(external.getRequestContextPath() + safeNext());
        } catch (InvalidCredentialsException e) {
            // one answer for an unknown user and a wrong password, as the API gives
            texts.error(null, "signin.failed");
        } catch (LoginThrottledException e) {
            texts.error(null, "signin.throttled", e.retryAfter().toSeconds());
        } catch (TooManyRequestsException e) {
            texts.error(null, "signin.busy");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Only a console page of this server: an open redirect would hand phishing a trusted first hop. */
    private String safeNext() {
        if (next != null && next.matches("/admin/[A-Za-z0-9/_\\-]*(\\?[A-Za-z0-9=&%._\\-+]*)?")) {
            return next;
        }
        return "/admin/";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Just signed out: the page says so. */
    public boolean isBye() {
        return bye;
    }

    public void setBye(boolean bye) {
        this.bye = bye;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
