package dev.cartera.shared.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** What reaches the server's handler and formatter for a line logged inside and outside a request. */
class ContextLogHandlerTest {

    /** Stands for Payara's JSONLogFormatter: prints Map parameters as fields (here, just their text). */
    static final class FakeJSONLogFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder("{\"message\":\"" + formatMessage(record) + "\"");
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    if (parameter instanceof Map<?, ?> fields) {
                        fields.forEach((key, value) -> line.append(",\"").append(key).append("\":\"").append(value).append('"'));
                    }
                }
            }
            return line.append('}').toString();
        }
    }

    static final class Capture extends Handler {
        final List<LogRecord> records = new ArrayList<>();
        final List<String> lines = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add(record);
            lines.add(getFormatter().format(record).strip());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static LogRecord record(String message, Object... parameters) {
        LogRecord record = new LogRecord(Level.WARNING, message);
        record.setLoggerName("dev.cartera.identity.LoginAttempts");
        record.setParameters(parameters.length == 0 ? null : parameters);
        record.setThrown(new IllegalStateException("boom"));
        return record;
    }

    @Test
    void aTextLineInsideARequestStartsWithItsIdAndUser() {
        Capture server = new Capture();
        server.setFormatter(new SimpleFormatter() {
            @Override
            public String format(LogRecord record) {
                return formatMessage(record);
            }
        });
        ContextLogHandler handler = new ContextLogHandler(server);
        try (LogContext.Scope request = LogContext.bind("req-42", "admin")) {
            handler.publish(record("Login refused for {0}", "'rosa'"));
        }
        try (LogContext.Scope request = LogContext.bind("req-43", null)) {
            handler.publish(record("anonymous"));
        }
        assertEquals(List.of("[requestId=req-42 user=admin] Login refused for 'rosa'", "[requestId=req-43 user=-] anonymous"),
                server.lines);
        LogRecord passed = server.records.get(0);
        assertEquals("dev.cartera.identity.LoginAttempts", passed.getLoggerName());
        assertEquals(Level.WARNING, passed.getLevel());
        assertEquals("boom", passed.getThrown().getMessage());
    }

    @Test
    void aJsonLineGetsTheIdAndUserAsFieldsAndAnUntouchedMessage() {
        Capture server = new Capture();
        server.setFormatter(new FakeJSONLogFormatter());
        ContextLogHandler handler = new ContextLogHandler(server);
        try (LogContext.Scope request = LogContext.bind("req-7", "operadora")) {
            handler.publish(record("Import {0} started", 12));
        }
        assertEquals(List.of("{\"message\":\"Import 12 started\",\"requestId\":\"req-7\",\"user\":\"operadora\"}"), server.lines);
    }

    @Test
    void outsideARequestTheRecordPassesUnchanged() {
        Capture server = new Capture();
        server.setFormatter(new SimpleFormatter());
        LogRecord original = record("timer fired");
        new ContextLogHandler(server).publish(original);
        assertSame(original, server.records.get(0));
    }

    @Test
    void installedOnALoggerItWrapsWhatTheLoggerWrites() {
        Logger logger = Logger.getLogger("dev.cartera.test.ContextLogHandlerTest");
        logger.setUseParentHandlers(false);
        Capture server = new Capture();
        server.setFormatter(new SimpleFormatter());
        ContextLogHandler handler = new ContextLogHandler(server);
        logger.addHandler(handler);
        try (LogContext.Scope request = LogContext.bind("req-9", "agente")) {
            logger.info("hello");
        } finally {
            logger.removeHandler(handler);
        }
        assertTrue(server.lines.get(0).contains("[requestId=req-9 user=agente] hello"), server.lines.get(0));
        assertEquals("dev.cartera.test.ContextLogHandlerTest", server.records.get(0).getLoggerName());
        assertTrue(server.records.get(0).getSourceMethodName().startsWith("installedOnALogger"),
                "the caller is still found: " + server.records.get(0).getSourceMethodName());
    }
}
