package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitTest {

    private final ConcurrencyLimit limit = new ConcurrencyLimit(dev.cartera.shared.i18n.Message.of("work.passwordChecks"), 2, Duration.ZERO, Duration.ofSeconds(3));

    @Test
    void pastTheLimitACallerIsToldWhenToComeBackInsteadOfQueueing() {
        ConcurrencyLimit.Permit first = limit.acquire();
        ConcurrencyLimit.Permit second = limit.acquire();
        TooManyRequestsException refused = assertThrows(TooManyRequestsException.class, limit::acquire);
        assertEquals(Duration.ofSeconds(3), refused.retryAfter());
        assertTrue(refused.getMessage().contains("2 password checks at once"), refused.getMessage());

        first.close();
        first.close();
        limit.acquire();
        assertThrows(TooManyRequestsException.class, limit::acquire, "a permit closed twice is released once");
        second.close();
    }
}
