package dev.cartera.web.customers;

import java.util.Map;

/** What an agent on the phone needs: the customer and how many loans, purchases... they have. */
public record CustomerLookupView(CustomerView customer, Map<String, Long> summary) {
}
