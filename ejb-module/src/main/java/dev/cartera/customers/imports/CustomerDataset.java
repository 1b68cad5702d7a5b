package dev.cartera.customers.imports;

import dev.cartera.customers.CustomerService;
import dev.cartera.imports.ImportColumn;
import dev.cartera.imports.ImportDataset;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.RowCheck;
import dev.cartera.imports.UpsertResult;
import dev.cartera.imports.ValidationCode;
import dev.cartera.reference.City;
import dev.cartera.reference.ReferenceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code customers} dataset: the customer directory upserted by document type and number. */
@ApplicationScoped
public class CustomerDataset implements ImportDataset<CustomerImport>, Places {

    @Inject
    CustomerService customers;

    @Inject
    ReferenceService reference;

    @Override
    public String name() {
        return "customers";
    }

    @Override
    public List<ImportColumn> columns() {
        return CustomerColumns.ALL;
    }

    @Override
    public List<ValidationCode> validations() {
        return ValidationCode.withEngineRules(ValidationCode.WRONG_TYPE, ValidationCode.INVALID_EMAIL,
                ValidationCode.INVALID_PHONE, ValidationCode.INVALID_DOCUMENT, ValidationCode.DOCUMENT_TYPE_MISMATCH,
                ValidationCode.UNKNOWN_CITY);
    }

    /** The document comes from a RUC column, a Cédula column, or a type column with a number column. */
    @Override
    public List<String> missingColumns(Set<String> present) {
        return DocumentColumns.missing(present);
    }

    @Override
    public RowCheck<CustomerImport> check(ImportRow row) {
        return CustomerRowCheck.check(row, this);
    }

    @Override
    public List<RowCheck<CustomerImport>> checkAll(List<ImportRow> rows) {
        Places places = new ChunkPlaces(this);
        return rows.stream().map(row -> CustomerRowCheck.check(row, places)).toList();
    }

    @Override
    public UpsertResult upsert(CustomerImport value, boolean write) {
        return upsertAll(List.of(value), write).get(0);
    }

    /** The customers service owns the write: the dataset only checks. */
    @Override
    public List<UpsertResult> upsertAll(List<CustomerImport> values, boolean write) {
        return customers.upsertAll(values, write);
    }

    @Override
    public List<City> cities(String country, String provinceCode, String name) {
        return reference.citiesNamed(country, provinceCode, name);
    }

    @Override
    public Optional<String> provinceCode(String country, String codeOrName) {
        return reference.provinceCode(country, codeOrName);
    }
}
