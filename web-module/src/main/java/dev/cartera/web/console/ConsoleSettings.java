package dev.cartera.web.console;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The console's configuration: {@code cartera.console.session-timeout} (idle time before a page session ends,
 * default PT30M) and {@code cartera.console.secure-cookie} (mark the session cookie Secure even when the server
 * itself sees plain HTTP, i.e. behind a proxy that ends TLS; a request that arrives over HTTPS gets it anyway).
 * Read through {@link ConfigProvider} because the servlet listener and filter that use it start before CDI
 * would hand them a bean.
 */
public record ConsoleSettings(Duration sessionTimeout, boolean secureCookie) {

    public static ConsoleSettings read() {
        Config config = ConfigProvider.getConfig();
        return new ConsoleSettings(
                config.getOptionalValue("cartera.console.session-timeout", Duration.class).orElse(Duration.ofMinutes(30)),
                config.getOptionalValue("cartera.console.secure-cookie", Boolean.class).orElse(false));
    }
}
