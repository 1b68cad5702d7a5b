package dev.cartera.shared.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The application's one meter registry (Micrometer), written in Prometheus' text format at {@code /metrics}: what
 * each context counts (import rows, export bytes, logins, loyalty reports), the gauges read at each scrape (import
 * jobs by status) and the JVM's own figures (memory, GC, threads, CPU, uptime). Counters are per instance;
 * Prometheus labels each scrape with the instance it came from.
 */
@ApplicationScoped
public class Meters {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics garbageCollection = new JvmGcMetrics();

    @Inject
    Event<MetricsScrape> scrapes;

    public Meters() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        garbageCollection.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** The registry the contexts count into: {@code @Inject MeterRegistry}. */
    @Produces
    MeterRegistry registry() {
        return registry;
    }

    /** Lets the gauges that read the database refresh, then writes every meter in Prometheus' text format. */
    public void scrape(OutputStream out) throws IOException {
        scrapes.fire(new MetricsScrape());
        registry.scrape(out);
    }

    @PreDestroy
    void close() {
        garbageCollection.close();
        registry.close();
    }
}
