package dev.cartera.identity;

import dev.cartera.shared.TooManyRequestsException;
import dev.cartera.shared.i18n.Message;
import java.time.Duration;

/**
 * The client has failed too many logins: it must wait before another password is checked. Says nothing of the
 * account (an unknown username is throttled alike). The wait is in whole seconds, rounded up, so a client that
 * obeys Retry-After is never early.
 */
public class LoginThrottledException extends TooManyRequestsException {

    public LoginThrottledException(Duration wait) {
        this(wholeSecondsUp(wait));
    }

    private LoginThrottledException(long seconds) {
        super(Message.of("problem.loginThrottled", seconds), Duration.ofSeconds(seconds));
    }

    private static long wholeSecondsUp(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }
}
