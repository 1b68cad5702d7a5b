package dev.cartera.web.http;

import dev.cartera.shared.i18n.Message;
import dev.cartera.shared.ConcurrencyLimit;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The streamed downloads that read a whole table or database (the customer export, the dump): each holds a
 * connection and a core for as long as it runs, so only {@code cartera.exports.max-concurrent} run at once and
 * the next one gets a 429 with Retry-After instead of starving every other request.
 */
@ApplicationScoped
public class HeavyDownloads {

    @Inject
    @ConfigProperty(name = "cartera.exports.max-concurrent", defaultValue = "2")
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "cartera.exports.retry-after", defaultValue = "PT30S")
    Duration retryAfter;

    @Inject
    MeterRegistry meters;

    private ConcurrencyLimit limit;

    @PostConstruct
    void createLimit() {
        limit = new ConcurrencyLimit(Message.of("work.heavyDownloads"), maxConcurrent, Duration.ZERO, retryAfter);
    }

    /**
     * The body, to be written under a permit taken now, before the response starts, so a refusal is still a 429.
     *
     * @throws dev.cartera.shared.TooManyRequestsException when every permit is taken
     */
    public StreamingOutput limited(Kind kind, StreamingOutput body) {
        ConcurrencyLimit.Permit permit = limit.acquire();
        return out -> {
            CountingOutputStream counted = new CountingOutputStream(out);
            try (permit) {
                body.write(counted);
            } finally {
                // what reached the client, also when it hung up halfway
                meters.counter("cartera.export.bytes", "kind", kind.name().toLowerCase(Locale.ROOT))
                        .increment(counted.bytes());
            }
        };
    }

    /** What a heavy download is, for its byte count. */
    public enum Kind {
        CUSTOMERS, DUMP
    }
}
