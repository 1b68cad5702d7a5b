package dev.cartera.imports;

import dev.cartera.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.StreamSupport;

/** The datasets the business contexts contribute, by name. */
@ApplicationScoped
public class Datasets {

    @Inject
    @Any
    Instance<ImportDataset<?>> all;

    /** @throws InvalidInputException naming the known datasets */
    public ImportDataset<?> get(String name) {
        String wanted = name == null ? "" : name.strip();
        return StreamSupport.stream(all.spliterator(), false).filter(dataset -> dataset.name().equalsIgnoreCase(wanted))
                .findFirst().orElseThrow(() -> new InvalidInputException(
                        InvalidInputException.FieldProblem.of("dataset", "NOT_ONE_OF", "must be one of " + names(), name)));
    }

    public List<String> names() {
        return StreamSupport.stream(all.spliterator(), false).map(ImportDataset::name).sorted().toList();
    }
}
