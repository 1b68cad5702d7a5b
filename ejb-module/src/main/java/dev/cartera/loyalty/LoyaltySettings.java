package dev.cartera.loyalty;

import java.util.Locale;
import dev.cartera.shared.i18n.Languages;
import dev.cartera.shared.CompanyZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The loyalty programme's configuration (MicroProfile Config, {@code CARTERA_*} environment variables). */
@ApplicationScoped
public class LoyaltySettings {

    /**
     * The zone of the monthly {@code @Schedule}: an annotation takes only constants, so it cannot read
     * {@code cartera.company.zone}. {@link LoyaltyReportTimer} schedules itself programmatically when the
     * configured zone differs.
     */
    public static final String DEFAULT_ZONE = "America/Guayaquil";

    @Inject
    CompanyZone companyZone;

    @Inject
    @ConfigProperty(name = "cartera.loyalty.threshold", defaultValue = "5000000")
    BigDecimal threshold;

    /** A generation running longer than this is presumed dead (its server stopped), and may be taken over. */
    @Inject
    @ConfigProperty(name = "cartera.loyalty.generation-timeout", defaultValue = "PT30M")
    Duration generationTimeout;

    /** Only for tests: an extra schedule, six fields "second minute hour dayOfMonth month dayOfWeek". */
    @Inject
    @ConfigProperty(name = "cartera.loyalty.test-schedule")
    Optional<String> testSchedule;

    /** The report is one stored file per month, written in the company's language (as API problems default to). */
    @Inject
    @ConfigProperty(name = "cartera.language.default", defaultValue = "es")
    String language;

    @Inject
    Clock clock;

    public ZoneId zone() {
        return companyZone.zone();
    }

    public Locale language() {
        return Languages.named(language);
    }

    public LoyaltyThreshold threshold() {
        return new LoyaltyThreshold(threshold);
    }

    public Duration generationTimeout() {
        return generationTimeout;
    }

    public Optional<String> testSchedule() {
        return testSchedule.filter(expression -> !expression.isBlank());
    }

    public LoyaltyPeriod lastMonth() {
        return LoyaltyPeriod.lastMonth(clock, zone());
    }

    public LoyaltyPeriod parse(String month, String field) {
        return LoyaltyPeriod.parse(month, zone(), field);
    }
}
