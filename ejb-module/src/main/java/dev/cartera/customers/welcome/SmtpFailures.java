package dev.cartera.customers.welcome;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.lang.reflect.Method;

/**
 * Tells a permanent SMTP refusal (a 5xx reply, an invalid address: trying again sends the same thing to the same
 * answer) from a temporary one (4xx, a server that does not answer, a timeout). The reply code is read through the
 * {@code getReturnCode()} that Jakarta Mail implementations' SMTP exceptions carry, so no implementation class is
 * compiled against (Payara brings its own).
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static boolean isPermanent(MessagingException failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof AddressException) {
                return true;
            }
            int code = returnCode(cause);
            if (code >= 500 && code < 600) {
                return true;
            }
            if (code >= 400 && code < 500) {
                return false;
            }
            if (cause instanceof SendFailedException sendFailed && hasAny(sendFailed.getInvalidAddresses())
                    && !hasAny(sendFailed.getValidUnsentAddresses()) && !hasAny(sendFailed.getValidSentAddresses())) {
                return true;
            }
        }
        return false;
    }

    /** One line for the outbox row and the log: the server's reply when there is one, never a credential. */
    static String describe(MessagingException failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank() && text.indexOf(message.strip()) < 0) {
                if (!text.isEmpty()) {
                    text.append(" / ");
                }
                text.append(message.strip());
            } else if (message == null && text.isEmpty()) {
                text.append(cause.getClass().getSimpleName());
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause instanceof MessagingException messaging && messaging.getNextException() != null
                ? messaging.getNextException() : cause.getCause();
        return next == cause ? null : next;
    }

    private static int returnCode(Throwable cause) {
        try {
            Method method = cause.getClass().getMethod("getReturnCode");
            return method.getReturnType() == int.class ? (int) method.invoke(cause) : -1;
        } catch (ReflectiveOperationException | RuntimeException notAnSmtpReply) {
            return -1;
        }
    }

    private static boolean hasAny(Object[] addresses) {
        return addresses != null && addresses.length > 0;
    }
}
