package dev.cartera.shared.logging;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.ErrorManager;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Wraps one of the server's log handlers so that a record written under a {@link LogContext} carries its
 * request id and user. The context is read here, on the thread that logs (a handler may format later, on a
 * thread of its own). For a JSON formatter (Payara's {@code JSONLogFormatter} prints a {@link Map} among a
 * record's parameters as fields of the line) they go in as {@code requestId} and {@code user}; for any other
 * formatter the message starts with {@code [requestId=... user=...]}. Records outside a request pass unchanged.
 */
public final class ContextLogHandler extends Handler {

    static final String ANONYMOUS = "-";

    private final Handler delegate;

    public ContextLogHandler(Handler delegate) {
        this.delegate = delegate;
    }

    public Handler delegate() {
        return delegate;
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null) {
            return;
        }
        delegate.publish(LogContext.current().map(context -> withContext(record, context)).orElse(record));
    }

    LogRecord withContext(LogRecord record, LogContext.Entry context) {
        String user = context.user() == null ? ANONYMOUS : context.user();
        boolean json = isJson(delegate.getFormatter());
        String message = json ? record.getMessage()
                : "[requestId=" + context.requestId() + " user=" + user + "] " + nullToEmpty(record.getMessage());
        LogRecord copy = new LogRecord(record.getLevel(), message);
        copy.setLoggerName(record.getLoggerName());
        copy.setResourceBundle(record.getResourceBundle());
        copy.setResourceBundleName(record.getResourceBundleName());
        copy.setInstant(record.getInstant());
        copy.setLongThreadID(record.getLongThreadID());
        copy.setSequenceNumber(record.getSequenceNumber());
        copy.setSourceClassName(record.getSourceClassName());
        copy.setSourceMethodName(record.getSourceMethodName());
        copy.setThrown(record.getThrown());
        Object[] parameters = record.getParameters();
        if (json) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("requestId", context.requestId());
            fields.put("user", user);
            Object[] extended = parameters == null ? new Object[1] : Arrays.copyOf(parameters, parameters.length + 1);
            extended[extended.length - 1] = fields;
            copy.setParameters(extended);
        } else {
            copy.setParameters(parameters);
        }
        return copy;
    }

    static boolean isJson(Formatter formatter) {
        return formatter != null && formatter.getClass().getSimpleName().toUpperCase(Locale.ROOT).contains("JSON");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void flush() {
        delegate.flush();
    }

    @Override
    public void close() {
        delegate.close();
    }

    // The wrapper stands in for the handler it wraps: its settings are the delegate's.

    @Override
    public Formatter getFormatter() {
        return delegate.getFormatter();
    }

    @Override
    public synchronized void setFormatter(Formatter formatter) {
        delegate.setFormatter(formatter);
    }

    @Override
    public Level getLevel() {
        return delegate.getLevel();
    }

    @Override
    public synchronized void setLevel(Level level) {
        delegate.setLevel(level);
    }

    @Override
    public Filter getFilter() {
        return delegate.getFilter();
    }

    @Override
    public synchronized void setFilter(Filter filter) {
        delegate.setFilter(filter);
    }

    @Override
    public ErrorManager getErrorManager() {
        return delegate.getErrorManager();
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        return delegate.isLoggable(record);
    }
}
