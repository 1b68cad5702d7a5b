package dev.cartera.customers;

/** A customer's natural key: document type code and canonical number. */
public record DocumentKey(String type, String number) {
}
