package dev.cartera.purchases.imports;

import dev.cartera.shared.i18n.Message;
import dev.cartera.customers.CustomerService;
import dev.cartera.customers.CustomerDocument;
import dev.cartera.customers.imports.DocumentColumns;
import dev.cartera.imports.ImportColumn;
import dev.cartera.imports.ImportDataset;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.RowCheck;
import dev.cartera.imports.UpsertResult;
import dev.cartera.imports.ValidationCode;
import dev.cartera.purchases.Purchase;
import dev.cartera.purchases.PurchaseService;
import dev.cartera.shared.CompanyZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code purchases} dataset: purchases upserted by invoice number, each for a customer already in the directory,
 * named by document as in the customers file. A chunk costs three queries whatever its size: its customers, the
 * invoices it names (to refuse one recorded for another customer), and the purchases to update; then one flush.
 */
@ApplicationScoped
public class PurchaseDataset implements ImportDataset<PurchaseImport> {

    private static final List<ValidationCode> VALIDATIONS = ValidationCode.withEngineRules(ValidationCode.WRONG_TYPE,
            ValidationCode.OUT_OF_RANGE, ValidationCode.INVALID_DOCUMENT, ValidationCode.DOCUMENT_TYPE_MISMATCH,
            ValidationCode.UNKNOWN_CUSTOMER, ValidationCode.INVOICE_OF_ANOTHER_CUSTOMER);

    @Inject
    CustomerService customers;

    @Inject
    PurchaseService purchases;

    @Inject
    CompanyZone companyZone;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "purchases";
    }

    @Override
    public List<ImportColumn> columns() {
        return PurchaseColumns.ALL;
    }

    @Override
    public List<ValidationCode> validations() {
        return VALIDATIONS;
    }

    /** The customer's document as in the customers file, and every required column of the purchase. */
    @Override
    public List<String> missingColumns(Set<String> present) {
        return DocumentColumns.missing(present, columns());
    }

    @Override
    public RowCheck<PurchaseImport> check(ImportRow row) {
        return checkAll(List.of(row)).get(0);
    }

    /** Each row on its own, then their customers in one query and their invoices in another. */
    @Override
    public List<RowCheck<PurchaseImport>> checkAll(List<ImportRow> rows) {
        Instant now = clock.instant();
        List<RowCheck<PurchaseRowCheck.Parsed>> checks = rows.stream()
                .map(row -> PurchaseRowCheck.check(row, companyZone.zone(), now)).toList();
        List<PurchaseRowCheck.Parsed> parsed = checks.stream()
                .filter(check -> check instanceof RowCheck.Accepted<PurchaseRowCheck.Parsed>)
                .map(check -> ((RowCheck.Accepted<PurchaseRowCheck.Parsed>) check).value()).toList();
        Map<CustomerDocument, Long> customerIds = parsed.isEmpty() ? Map.of()
                : customers.idsOf(parsed.stream().map(PurchaseRowCheck.Parsed::customer).toList());
        Map<String, Purchase> recorded = parsed.isEmpty() ? Map.of()
                : purchases.byInvoiceNumbers(parsed.stream().map(PurchaseRowCheck.Parsed::invoiceNumber).toList());
        List<RowCheck<PurchaseImport>> results = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (checks.get(i) instanceof RowCheck.Accepted<PurchaseRowCheck.Parsed> accepted) {
                results.add(withCustomer(rows.get(i), accepted, customerIds, recorded));
            } else {
                results.add(new RowCheck.Rejected<>(((RowCheck.Rejected<PurchaseRowCheck.Parsed>) checks.get(i)).issues()));
            }
        }
        return results;
    }

    private static RowCheck<PurchaseImport> withCustomer(ImportRow row, RowCheck.Accepted<PurchaseRowCheck.Parsed> accepted,
                                                         Map<CustomerDocument, Long> customerIds, Map<String, Purchase> recorded) {
        PurchaseRowCheck.Parsed value = accepted.value();
        CustomerDocument document = value.customer();
        Long customerId = customerIds.get(document);
        if (customerId == null) {
            row.reject(value.documentColumn(), ValidationCode.UNKNOWN_CUSTOMER, document.number(),
                    Message.of("import.problem.unknownCustomer", String.valueOf(document.type()), document.number()));
            return new RowCheck.Rejected<>(row.issues());
        }
        Purchase existing = recorded.get(value.invoiceNumber());
        if (existing != null && existing.customerId() != customerId) {
            row.reject(PurchaseColumns.INVOICE_NUMBER, ValidationCode.INVOICE_OF_ANOTHER_CUSTOMER, value.invoiceNumber(),
                    Message.of("import.problem.invoiceOfAnother", value.invoiceNumber(), String.valueOf(existing.id()),
                            String.valueOf(document.type()), document.number()));
            return new RowCheck.Rejected<>(row.issues());
        }
        return new RowCheck.Accepted<>(accepted.key(), new PurchaseImport(value.invoiceNumber(), customerId, value.details()));
    }

    @Override
    public UpsertResult upsert(PurchaseImport value, boolean write) {
        return upsertAll(List.of(value), write).get(0);
    }

    /** The purchases service owns the write: the dataset only checks. */
    @Override
    public List<UpsertResult> upsertAll(List<PurchaseImport> values, boolean write) {
        return purchases.upsertAll(values, write);
    }
}
