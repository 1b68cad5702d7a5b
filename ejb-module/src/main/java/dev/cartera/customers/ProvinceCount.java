package dev.cartera.customers;

/** How many customers live in a province. */
public record ProvinceCount(String province, long customers) {
}
