package dev.cartera.web.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.customers.imports.CustomerDataset;
import dev.cartera.imports.ImportMode;
import dev.cartera.lending.imports.LoanDataset;
import dev.cartera.pethotel.imports.PetDataset;
import dev.cartera.purchases.imports.PurchaseDataset;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** The documented upload form offers exactly the datasets and modes the import takes. */
class ImportFormTest {

    @Test
    void offersTheImportsOwnDatasetsAndModes() throws NoSuchFieldException {
        assertEquals(Set.of(new CustomerDataset().name(), new PetDataset().name(), new LoanDataset().name(),
                new PurchaseDataset().name()), choices("dataset"));
        assertEquals(Arrays.stream(ImportMode.values()).map(ImportMode::wireName).collect(Collectors.toSet()), choices("mode"));
    }

    private static Set<String> choices(String field) throws NoSuchFieldException {
        return Set.of(ImportForm.class.getDeclaredField(field).getAnnotation(Schema.class).enumeration());
    }
}
