package dev.cartera.customers;

import dev.cartera.shared.filtering.SearchWordRow;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A word of a customer's names or document number, as {@code name.contains} reads it; {@link Customer} writes them. */
@Entity
@Table(name = "customer_name_word")
@AttributeOverride(name = "ownerId", column = @Column(name = "customer_id"))
public class CustomerNameWord extends SearchWordRow {
}
