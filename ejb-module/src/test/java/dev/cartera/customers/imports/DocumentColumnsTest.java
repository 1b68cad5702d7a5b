package dev.cartera.customers.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.ImportRows;
import dev.cartera.imports.ValidationCode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A column named after a document type fixes the type of its values, for every type. */
class DocumentColumnsTest {

    private static DocumentColumns.Read read(String header, String value) {
        ImportRow row = ImportRows.row(List.of(header), DocumentColumns.ALL, value);
        return DocumentColumns.read(row);
    }

    @Test
    void eachTypedColumnFixesItsType() {
        assertEquals(DocumentTypeCode.CNPJ, read("CNPJ", "11.222.333/0001-81").type());
        assertEquals(DocumentTypeCode.CPF, read("CPF", "111.444.777-35").type());
        assertEquals(DocumentTypeCode.NIT, read("NIT", "900123456-7").type());
        assertEquals(DocumentTypeCode.CC, read("CC", "1020304050").type());
        assertEquals(DocumentTypeCode.CE, read("CE", "E123456").type());
        assertEquals(DocumentTypeCode.PASSPORT, read("Pasaporte", "AB123456").type());
        assertEquals(DocumentTypeCode.RUC, read("RUC", "1790011674001").type());
        assertEquals(DocumentTypeCode.CI, read("Cédula", "1714307103").type());
    }

    @Test
    void aNumberOfAnotherTypeIsAMismatch() {
        ImportRow row = ImportRows.row(List.of("CNPJ"), DocumentColumns.ALL, "1714307103");
        assertNull(DocumentColumns.read(row).valid());
        assertEquals(List.of(ValidationCode.DOCUMENT_TYPE_MISMATCH, ValidationCode.INVALID_DOCUMENT).contains(
                row.issues().getFirst().code()), true);
    }

    @Test
    void anyTypedColumnGivesTheDocument() {
        assertEquals(List.of(), DocumentColumns.missing(Set.of("cpf")));
        assertEquals(1, DocumentColumns.missing(Set.of("documentNumber")).size());
    }
}
