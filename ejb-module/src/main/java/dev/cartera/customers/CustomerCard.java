package dev.cartera.customers;

import java.util.Map;

/**
 * What an agent on the phone needs of one customer, read in one transaction: the customer, how many of each
 * dependent they have ({@code loans}, {@code purchases}...) and what other contexts know about them by name
 * ({@code loyalty}).
 */
public record CustomerCard(Customer customer, Map<String, Long> summary, Map<String, Object> facts) {
}
