package dev.cartera.shared.logging;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Who and which request the current thread works for, so that every log line written meanwhile can say so
 * ({@link ContextLogHandler}). Bound by the web layer for the length of a request; carried over to work the
 * request hands to another thread with {@link #propagating}.
 */
public final class LogContext {

    private static final ThreadLocal<Entry> CURRENT = new ThreadLocal<>();

    /** @param user the user's name, or null when the request is anonymous */
    public record Entry(String requestId, String user) {
    }

    /** Ends a {@link #bind}: restores what the thread had before, so nothing leaks to the pool's next task. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private LogContext() {
    }

    public static Optional<Entry> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Scope bind(String requestId, String user) {
        return bind(new Entry(requestId, user));
    }

    private static Scope bind(Entry entry) {
        Entry previous = CURRENT.get();
        CURRENT.set(entry);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** The task, running under the context of the thread that creates it (a request submitting background work). */
    public static Runnable propagating(Runnable task) {
        Entry captured = CURRENT.get();
        if (captured == null) {
            return task;
        }
        return () -> {
            try (Scope ignored = bind(captured)) {
                task.run();
            }
        };
    }

    public static <T> Callable<T> propagating(Callable<T> task) {
        Entry captured = CURRENT.get();
        if (captured == null) {
            return task;
        }
        return () -> {
            try (Scope ignored = bind(captured)) {
                return task.call();
            }
        };
    }
}
