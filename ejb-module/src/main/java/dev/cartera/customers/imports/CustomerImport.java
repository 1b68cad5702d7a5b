package dev.cartera.customers.imports;

import dev.cartera.customers.CustomerRules;
import dev.cartera.customers.documents.DocumentCheck;

/** A customers row that passed every check, ready to upsert by its document. */
public record CustomerImport(DocumentCheck.Valid document, CustomerRules.Accepted details) {
}
