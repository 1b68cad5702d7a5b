package dev.cartera.customers.welcome;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every {@code cartera.mail.sweep-interval} sends what is due: retries whose back-off has passed and messages a
 * crash left behind. Not persistent: each instance sweeps on its own, and claims keep them from sending twice.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSweep {

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    TimerService timers;

    @Inject
    MailSettings settings;

    @Inject
    MessageDispatcher dispatcher;

    @PostConstruct
    void schedule() {
        long interval = settings.sweepInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("outbox-sweep", false));
    }

    @Timeout
    void sweep() {
        // a slow server can make one sweep outlast the interval; the next waits for the following tick
        if (running.compareAndSet(false, true)) {
            try {
                dispatcher.sweep();
            } finally {
                running.set(false);
            }
        }
    }
}
