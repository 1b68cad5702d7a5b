package dev.cartera.customers;

import java.util.List;

/** A customer as saved, and what the client should know but that did not block the save. */
public record Registration(Customer customer, List<String> warnings) {
}
