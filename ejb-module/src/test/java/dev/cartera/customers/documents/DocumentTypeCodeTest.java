package dev.cartera.customers.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTypeCodeTest {

    @Test
    void theCodesOtherCodeStoresNeverChange() {
        assertArrayEquals(new String[] {"CI", "RUC", "CC", "NIT", "CE", "CPF", "CNPJ", "PASSPORT"},
                Arrays.stream(DocumentTypeCode.values()).map(Enum::name).toArray());
    }

    @ParameterizedTest
    @CsvSource(value = {"CI, EC, Cédula de identidad", "RUC, EC, RUC", "CC, CO, Cédula de ciudadanía",
            "NIT, CO, NIT", "CE, CO, Cédula de extranjería", "CPF, BR, CPF", "CNPJ, BR, CNPJ",
            "PASSPORT, , Passport"})
    void eachTypeHasItsCountryAndLabel(DocumentTypeCode type, String country, String label) {
        assertEquals(country, type.country());
        assertEquals(label, type.label());
    }

    @ParameterizedTest
    @CsvSource({"CI, CI", "ci, CI", "' Ruc ', RUC", "nit, NIT", "Passport, PASSPORT", "cnpj, CNPJ"})
    void parsesCodesInAnyCase(String code, DocumentTypeCode expected) {
        assertEquals(Optional.of(expected), DocumentTypeCode.parse(code));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "CEDULA", "Cédula", "PASAPORTE", "C I", "RUC1"})
    void parsesNothingButTheCodes(String code) {
        assertEquals(Optional.empty(), DocumentTypeCode.parse(code));
    }
}
