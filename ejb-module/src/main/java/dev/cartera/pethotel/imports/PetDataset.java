package dev.cartera.pethotel.imports;

import dev.cartera.imports.ImportColumn;
import dev.cartera.imports.ImportDataset;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.RowCheck;
import dev.cartera.imports.UpsertResult;
import dev.cartera.imports.ValidationCode;
import dev.cartera.pethotel.PetRegister;
import dev.cartera.pethotel.PetService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The {@code pets} dataset: the pet hotel's register upserted by {@code petId}. */
@ApplicationScoped
public class PetDataset implements ImportDataset<PetRegister.Row> {

    @Inject
    PetService pets;

    @Override
    public String name() {
        return "pets";
    }

    @Override
    public List<ImportColumn> columns() {
        return PetColumns.ALL;
    }

    @Override
    public List<ValidationCode> validations() {
        return ValidationCode.withEngineRules(ValidationCode.WRONG_TYPE, ValidationCode.OUT_OF_RANGE);
    }

    @Override
    public RowCheck<PetRegister.Row> check(ImportRow row) {
        return checkAll(List.of(row)).get(0);
    }

    /** The current year asked once per chunk, not once per row. */
    @Override
    public List<RowCheck<PetRegister.Row>> checkAll(List<ImportRow> rows) {
        int currentYear = pets.currentYear();
        return rows.stream().map(row -> PetRowCheck.check(row, currentYear)).toList();
    }

    @Override
    public UpsertResult upsert(PetRegister.Row value, boolean write) {
        return upsertAll(List.of(value), write).get(0);
    }

    @Override
    public List<UpsertResult> upsertAll(List<PetRegister.Row> values, boolean write) {
        return pets.upsertAll(values, write);
    }
}
