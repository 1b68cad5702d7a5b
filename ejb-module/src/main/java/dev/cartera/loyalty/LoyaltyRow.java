package dev.cartera.loyalty;

import dev.cartera.customers.export.CustomerExportRow;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One qualifying customer as the report shows them. Optional fields may be null. */
public record LoyaltyRow(String documentType, String documentNumber, String name, String email, String phone,
                         String city, int purchases, BigDecimal total) {

    public LoyaltyRow {
        Objects.requireNonNull(total, "total");
    }

    /**
     * @param customer null when the customer vanished between the sums and the lookup (the foreign key makes that
     *                 unlikely); the row keeps its numbers, so the report's total still adds up
     */
    public static LoyaltyRow of(CustomerExportRow customer, QualifyingTotals.Total total) {
        if (customer == null) {
            return new LoyaltyRow(null, null, "(customer " + total.customerId() + " not found)", null, null, null,
                    total.purchases(), total.total());
        }
        return new LoyaltyRow(customer.documentType(), customer.documentNumber(), name(customer), customer.email(),
                customer.phone(), customer.city(), total.purchases(), total.total());
    }

    /** "First Last" for a person; the legal name, and the trade name after it when different, for a company. */
    static String name(CustomerExportRow customer) {
        if (customer.legalName() != null) {
            return customer.tradeName() == null || customer.tradeName().equals(customer.legalName())
                    ? customer.legalName() : customer.legalName() + " (" + customer.tradeName() + ")";
        }
        return Stream.of(customer.firstName(), customer.lastName()).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }
}
