package dev.cartera.shared.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class LogContextTest {

    @Test
    void aScopeRestoresWhatTheThreadHadBefore() {
        assertEquals(Optional.empty(), LogContext.current());
        try (LogContext.Scope outer = LogContext.bind("req-1", "admin")) {
            try (LogContext.Scope inner = LogContext.bind("req-2", null)) {
                assertEquals(Optional.of(new LogContext.Entry("req-2", null)), LogContext.current());
            }
            assertEquals(Optional.of(new LogContext.Entry("req-1", "admin")), LogContext.current());
        }
        assertEquals(Optional.empty(), LogContext.current(), "nothing left for the pool's next task");
    }

    @Test
    void workHandedToAnotherThreadRunsUnderTheRequestThatSubmittedIt() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Runnable task;
            try (LogContext.Scope request = LogContext.bind("req-upload", "operadora")) {
                task = LogContext.propagating(() -> assertEquals(Optional.of(new LogContext.Entry("req-upload", "operadora")),
                        LogContext.current()));
            }
            pool.submit(task).get();
            assertTrue(pool.submit(() -> LogContext.current().isEmpty()).get(), "the pool thread is clean afterwards");
            try (LogContext.Scope request = LogContext.bind("req-call", "agente")) {
                assertEquals("req-call", pool.submit(LogContext.propagating(
                        () -> LogContext.current().orElseThrow().requestId())).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void outsideARequestTheTaskIsLeftAsItIs() {
        Runnable task = () -> { };
        assertTrue(LogContext.propagating(task) == task);
    }
}
