package dev.cartera.web.console;

import dev.cartera.shared.i18n.Message;
import dev.cartera.shared.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** The console's texts from the one set of resource bundles ({@link Messages}), for beans. */
@RequestScoped
public class Texts {

    @Inject
    Console console;

    public String text(String key, Object... arguments) {
        return Messages.text(console.getLocale(), key, arguments);
    }

    /** A service's explanation (a refusal, a conflict) in the console's language. */
    public String say(Message message) {
        return message.in(console.getLocale());
    }

    public boolean has(String key) {
        return Messages.has(console.getLocale(), key);
    }

    /** A message for one input ({@code clientId}) or, with null, for the page. */
    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    public void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    /** A message for the page the action redirects to (Post/Redirect/Get): kept in the flash across the redirect. */
    public void infoAfterRedirect(String key, Object... arguments) {
        keepForRedirect();
        info(null, key, arguments);
    }

    /** Keeps this request's messages for the page the action redirects to. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
