package dev.cartera.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company's time zone ({@code cartera.company.zone}, America/Guayaquil by default): where a date or time
 * written without a zone is read, and where calendar months begin and end.
 */
@ApplicationScoped
public class CompanyZone {

    @Inject
    @ConfigProperty(name = "cartera.company.zone", defaultValue = "America/Guayaquil")
    String configured;

    private ZoneId zone;

    /** Fails the start on a zone name that does not exist, rather than the first request that needs it. */
    @PostConstruct
    void parse() {
        zone = ZoneId.of(configured);
    }

    public ZoneId zone() {
        return zone;
    }
}
