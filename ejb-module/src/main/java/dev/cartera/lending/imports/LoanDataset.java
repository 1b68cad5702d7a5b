package dev.cartera.lending.imports;

import dev.cartera.shared.i18n.Message;
import dev.cartera.customers.Customer;
import dev.cartera.customers.CustomerService;
import dev.cartera.customers.imports.DocumentColumns;
import dev.cartera.imports.ImportColumn;
import dev.cartera.imports.ImportDataset;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.RowCheck;
import dev.cartera.imports.UpsertResult;
import dev.cartera.imports.ValidationCode;
import dev.cartera.lending.Loan;
import dev.cartera.lending.LoanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code loans} dataset. A loan has no number of its own, so a row is the same loan as an existing one when the
 * customer, start date, currency, principal, rate and term are all the same; the file can then move its status
 * (through every allowed step) and change its purpose. The customer's row is locked from the check to the chunk's
 * commit, so two imports of the same loans create it once.
 */
@ApplicationScoped
public class LoanDataset implements ImportDataset<LoanImport> {

    @Inject
    CustomerService customers;

    @Inject
    LoanService loans;

    @Override
    public String name() {
        return "loans";
    }

    @Override
    public List<ImportColumn> columns() {
        return LoanColumns.ALL;
    }

    @Override
    public List<ValidationCode> validations() {
        return ValidationCode.withEngineRules(ValidationCode.WRONG_TYPE, ValidationCode.OUT_OF_RANGE,
                ValidationCode.INVALID_DOCUMENT, ValidationCode.DOCUMENT_TYPE_MISMATCH, ValidationCode.UNKNOWN_CUSTOMER,
                ValidationCode.AMBIGUOUS_KEY, ValidationCode.ILLEGAL_TRANSITION);
    }

    @Override
    public List<String> missingColumns(Set<String> present) {
        return DocumentColumns.missing(present, columns());
    }

    @Override
    public RowCheck<LoanImport> check(ImportRow row) {
        Optional<LoanRowCheck.Parsed> read = LoanRowCheck.parse(row);
        if (read.isEmpty()) {
            return new RowCheck.Rejected<>(row.issues());
        }
        LoanRowCheck.Parsed parsed = read.get();
        String documentColumn = DocumentColumns.column(row);
        Optional<Customer> holder = customers.lockHolderOf(parsed.document());
        if (holder.isEmpty()) {
            row.reject(documentColumn, ValidationCode.UNKNOWN_CUSTOMER, parsed.document().number(), Message.of(
                    "import.problem.unknownCustomer", String.valueOf(parsed.document().type()), parsed.document().number()));
            return new RowCheck.Rejected<>(row.issues());
        }
        Customer customer = holder.get();
        List<Loan> same = loans.withTerms(customer.id(), parsed.terms());
        if (same.size() > 1) {
            row.reject(null, ValidationCode.AMBIGUOUS_KEY, null, Message.of("import.problem.ambiguousLoan",
                    same.stream().map(loan -> "" + loan.id()).collect(Collectors.joining(", ")), "/api/loans/{id}"));
            return new RowCheck.Rejected<>(row.issues());
        }
        Loan existing = same.isEmpty() ? null : same.get(0);
        if (existing != null && parsed.status() != null && existing.status().pathTo(parsed.status()).isEmpty()) {
            row.reject(LoanColumns.STATUS, ValidationCode.ILLEGAL_TRANSITION, row.value(LoanColumns.STATUS), Message.of(
                    "import.problem.illegalTransition", String.valueOf(existing.id()), existing.status().name(),
                    parsed.status().name(), existing.status().nextAsText()));
            return new RowCheck.Rejected<>(row.issues());
        }
        return new RowCheck.Accepted<>(parsed.key(), new LoanImport(customer.id(), customer.document(),
                parsed.terms(), existing == null ? null : existing.id(), parsed.status(), parsed.purpose()));
    }

    @Override
    public UpsertResult upsert(LoanImport value, boolean write) {
        return upsertAll(List.of(value), write).get(0);
    }

    /** The loans service owns the write: the dataset only checks. */
    @Override
    public List<UpsertResult> upsertAll(List<LoanImport> values, boolean write) {
        return loans.upsertAll(values, write);
    }
}
