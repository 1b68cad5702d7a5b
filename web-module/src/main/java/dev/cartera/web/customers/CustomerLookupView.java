package dev.cartera.web.customers;

import java.util.Map;

/**
 * What an agent on the phone needs: the customer, how many loans, purchases... they have, and what other
 * contexts know about them by name ({@code facts.loyalty}: last month's total and whether it qualifies).
 */
public record CustomerLookupView(CustomerView customer, Map<String, Long> summary, Map<String, Object> facts) {
}
