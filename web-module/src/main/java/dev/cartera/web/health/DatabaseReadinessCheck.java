package dev.cartera.web.health;

import dev.cartera.health.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers a query.
 * <p>
 * It lives in the web module on purpose: Payara turns MicroProfile Health on for a module only when a web
 * module holds a {@code @Readiness}/{@code @Liveness}/{@code @Startup} or JAX-RS {@code @Path} class (its health
 * sniffer handles {@code .war} archives only). Inside the EAR the EJB jar is not part of the WAR, so a check that
 * lived there went unregistered and {@code /health/ready} answered UP with no checks. The probe stays an EJB.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    DatabaseProbe probe;

    @Override
    public HealthCheckResponse call() {
        try {
            long started = System.nanoTime();
            probe.ping();
            return HealthCheckResponse.named("database").up()
                    .withData("latencyMillis", (System.nanoTime() - started) / 1_000_000)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
