package dev.cartera.shared.logging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Puts a {@link ContextLogHandler} around each handler of the root logger while the application runs, and
 * takes it off again when it stops. Done by the application rather than in {@code logging.properties}: the
 * server's log manager loads handlers and formatters from its own class path, where the application's classes
 * are not. The server's own formatter (text, or Payara's JSON) still writes every line.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LogContextInstaller {

    private static final Logger LOG = Logger.getLogger(LogContextInstaller.class.getName());

    @PostConstruct
    void install() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (!(handler instanceof ContextLogHandler)) {
                root.addHandler(new ContextLogHandler(handler));
                root.removeHandler(handler);
            }
        }
        LOG.fine("Log lines written while serving a request carry its request id and user");
    }

    @PreDestroy
    void uninstall() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof ContextLogHandler wrapper) {
                root.addHandler(wrapper.delegate());
                root.removeHandler(wrapper);
            }
        }
    }
}
