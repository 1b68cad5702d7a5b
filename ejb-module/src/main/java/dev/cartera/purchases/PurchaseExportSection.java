package dev.cartera.purchases;

import dev.cartera.customers.export.CustomerExportSection;
import dev.cartera.customers.export.ExportValueType;
import dev.cartera.customers.export.SectionColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A customer's purchases in their own export, oldest first: a "Purchases" sheet, or a block after the customer. */
@ApplicationScoped
public class PurchaseExportSection implements CustomerExportSection {

    static final int PAGE = 1_000;

    private static final List<SectionColumn> COLUMNS = List.of(
            new SectionColumn("id", "ID", ExportValueType.NUMBER, 10),
            new SectionColumn("invoiceNumber", "Invoice", ExportValueType.TEXT, 20),
            new SectionColumn("purchasedAt", "Purchased (UTC)", ExportValueType.INSTANT, 19),
            new SectionColumn("amount", "Amount (COP)", ExportValueType.MONEY, 16),
            new SectionColumn("channel", "Channel", ExportValueType.TEXT, 8),
            new SectionColumn("store", "Store", ExportValueType.TEXT, 24),
            new SectionColumn("status", "Status", ExportValueType.TEXT, 10));

    @Inject
    PurchaseRepository purchases;

    @Override
    public String title() {
        return "Purchases";
    }

    @Override
    public List<SectionColumn> columns() {
        return COLUMNS;
    }

    @Override
    public void forEachRow(long customerId, RowSink sink) throws IOException {
        Purchase last = null;
        List<Purchase> page;
        do {
            page = purchases.ofCustomerAfter(customerId, last, PAGE);
            for (Purchase purchase : page) {
                // Arrays.asList, not List.of: an online purchase has no store
                sink.accept(Arrays.asList(purchase.id(), purchase.invoiceNumber(), purchase.purchasedAt(),
                        purchase.amount(), purchase.channel().name(), purchase.store(), purchase.status().name()));
                last = purchase;
            }
        } while (page.size() == PAGE);
    }
}
