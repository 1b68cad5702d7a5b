package dev.cartera.shared.metrics;

/** Fired as {@code /metrics} is read, before the meters are written: when gauges kept in the database refresh. */
public record MetricsScrape() {
}
