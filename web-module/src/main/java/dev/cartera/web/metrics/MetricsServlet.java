package dev.cartera.web.metrics;

import dev.cartera.shared.i18n.Message;
import dev.cartera.shared.metrics.Meters;
import dev.cartera.web.problems.Problems;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /metrics}: the application's and the JVM's figures in Prometheus' text format, to the scraper's
 * credentials only ({@link ScrapeCredentials}); anyone else gets a 401 problem. Payara's own metrics endpoint,
 * which answered anyone at this path, is switched off by the post-boot commands.
 */
@WebServlet("/metrics")
public class MetricsServlet extends HttpServlet {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    Meters meters;

    @Inject
    @ConfigProperty(name = "cartera.metrics.username", defaultValue = "metrics")
    String username;

    @Inject
    @ConfigProperty(name = "cartera.metrics.password")
    Optional<String> password;

    private ScrapeCredentials credentials;

    @PostConstruct
    void readCredentials() {
        credentials = new ScrapeCredentials(username, password);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!credentials.admit(request.getHeader("Authorization"))) {
            refuse(request, response);
            return;
        }
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        meters.scrape(response.getOutputStream());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Message detail = Message.of(credentials.configured() ? "problem.metrics.credentials" : "problem.metrics.off");
        response.setHeader("WWW-Authenticate", "Basic realm=\"cartera-metrics\", charset=\"UTF-8\"");
        Problems.write(Problems.of(HttpServletResponse.SC_UNAUTHORIZED, detail, request, null), request, response);
    }
}
