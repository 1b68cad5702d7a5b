package dev.cartera.web.identity;

import dev.cartera.identity.AuthenticationService;
import dev.cartera.identity.InvalidCredentialsException;
import dev.cartera.identity.LoginThrottledException;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.TooManyRequestsException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.ConsoleUser;
import dev.cartera.web.console.FieldMessages;
import dev.cartera.web.console.Texts;
import dev.cartera.web.http.ClientAddresses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Objects;

/**
 * Mi cuenta: a user changes their own password by giving the current one, through the same service call as
 * {@code POST /api/auth/password} (the same rules, and a wrong current password counts towards the login throttling).
 */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    AuthenticationService authentication;

    @Inject
    Console console;

    @Inject
    Texts texts;

    @Inject
    FieldMessages fieldMessages;

    @Inject
    ClientAddresses clientAddresses;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void onLoad() {
        console.require(ConsoleAction.ACCOUNT);
    }

    public void changePassword() {
        ConsoleUser user = console.require(ConsoleAction.ACCOUNT);
        if (!Objects.equals(newPassword, repeatedPassword)) {
            texts.error("account:repeatedPassword", "account.mismatch");
            return;
        }
        try {
            authentication.changeOwnPassword(user.id(), chars(currentPassword), chars(newPassword),
                    clientAddresses.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()));
            texts.info(null, "account.changed");
        } catch (InvalidInputException e) {
            fieldMessages.show(e, Map.of("newPassword", "account:newPassword"));
        } catch (InvalidCredentialsException e) {
            texts.error("account:currentPassword", "account.wrongCurrent");
        } catch (LoginThrottledException e) {
            texts.error(null, "account.throttled", e.retryAfter().toSeconds());
        } catch (TooManyRequestsException e) {
            texts.error(null, "account.busy");
        }
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
