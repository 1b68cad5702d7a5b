package dev.cartera.shared.metrics;

/** Fired as {@code /metrics} is read, before the meters are written: the moment to refresh gauges kept in the database. */
public record MetricsScrape() {
}
