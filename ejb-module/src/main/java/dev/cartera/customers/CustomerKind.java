package dev.cartera.customers;

/** Whether a customer is a natural person or an organisation; the document number usually decides it. */
public enum CustomerKind {
    PERSON,
    COMPANY
}
