package dev.cartera.customers.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.cartera.imports.ImportRow;
import dev.cartera.imports.ImportRows;
import dev.cartera.imports.RowCheck;
import dev.cartera.imports.ValidationCode;
import dev.cartera.reference.City;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The customers rows of the sample file and the other rules, without a database (no city column here). */
class CustomerRowCheckTest {

    private static final Places NO_PLACES = new Places() {
        @Override
        public List<City> cities(String country, String provinceCode, String name) {
            return List.of();
        }

        @Override
        public Optional<String> provinceCode(String country, String codeOrName) {
            return Optional.empty();
        }
    };

    private static final List<String> SAMPLE_HEADER = List.of("RUC", "Razón Social", "Nombre Comercial", "Teléfono", "Email");

    @Test
    void theSampleRows() {
        accepted(row(SAMPLE_HEADER, "1790011674001", "Sol Eterno S.A.", "Sol Eterno", "(02) 298-7901", "atencion@soleterno.ec"),
                "RUC 1790011674001");
        rejected(row(SAMPLE_HEADER, "0190115798001", "Sol de la Mañana Cía. Ltda.", "", "072 845 902", "atencionsoldelamanana.ec"),
                "Email", ValidationCode.INVALID_EMAIL);
        rejected(row(SAMPLE_HEADER, "0926687856", "Sol Brillante", "", "(04) 220-7902", "atencion@solbrillante.ec"),
                "RUC", ValidationCode.DOCUMENT_TYPE_MISMATCH);
        rejected(row(SAMPLE_HEADER, "1763154690001", "Sol Energía S.A.", "Sol Energía", "", "atencion@solenergia.ec"),
                "RUC", ValidationCode.INVALID_DOCUMENT);
    }

    @Test
    void aCedulaColumnFixesTheTypeAndAPersonNeedsNames() {
        List<String> header = List.of("Cédula", "Nombres", "Apellidos");
        accepted(row(header, "1714307103", "Ana", "Pérez"), "CI 1714307103");
        rejected(row(header, "1714307103", "", "Pérez"), "Nombres", ValidationCode.EMPTY_VALUE);
        rejected(row(header, "1714307103001", "Ana", "Pérez"), "Cédula", ValidationCode.DOCUMENT_TYPE_MISMATCH);
    }

    @Test
    void typeAndNumberColumnsPhonesAndCities() {
        List<String> header = List.of("tipo_documento", "numero_documento", "first_name", "last_name", "phone", "city");
        accepted(row(header, "cédula", "0602910945", "Ana", "Ríos", "0991234567", ""), "CI 0602910945");
        rejected(row(header, "DNI", "0602910945", "Ana", "Ríos", "", ""), "tipo_documento", ValidationCode.WRONG_TYPE);
        rejected(row(header, "CI", "0602910945", "Ana", "Ríos", "12", ""), "phone", ValidationCode.INVALID_PHONE);
        rejected(row(header, "CI", "0602910945", "Ana", "Ríos", "", "Atlantis"), "city", ValidationCode.UNKNOWN_CITY);
    }

    private static ImportRow row(List<String> header, String... values) {
        return ImportRows.row(header, CustomerColumns.ALL, values);
    }

    private static void accepted(ImportRow row, String key) {
        RowCheck<CustomerImport> check = CustomerRowCheck.check(row, NO_PLACES);
        assertEquals(List.of(), row.issues());
        assertEquals(key, assertInstanceOf(RowCheck.Accepted.class, check).key());
    }

    private static void rejected(ImportRow row, String column, ValidationCode code) {
        CustomerRowCheck.check(row, NO_PLACES);
        ImportRows.assertOnlyIssue(row, column, code);
    }
}
