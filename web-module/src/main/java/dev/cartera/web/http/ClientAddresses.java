package dev.cartera.web.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import org.eclipse.microprofile.config.Config;

/** The client address of a request, as {@link TrustedProxies} tells it with {@code cartera.http.trusted-proxies}. */
@ApplicationScoped
public class ClientAddresses {

    /** Read through the API: Payara's injection fails the deployment on an {@code Optional<List<String>>} field. */
    @Inject
    Config config;

    private TrustedProxies proxies;

    @PostConstruct
    void parse() {
        proxies = config.getOptionalValues("cartera.http.trusted-proxies", String.class)
                .map(TrustedProxies::of).orElseGet(TrustedProxies::none);
    }

    /** Built at deployment, so a wrong entry in the list stops the start instead of the first login. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        proxies.isEmpty();
    }

    public String of(HttpServletRequest request) {
        return proxies.clientOf(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }
}
