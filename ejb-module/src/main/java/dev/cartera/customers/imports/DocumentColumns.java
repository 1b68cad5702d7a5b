package dev.cartera.customers.imports;

import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentProblem;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.imports.ImportColumn;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.ValidationCode;
import dev.cartera.shared.TextFolding;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a CSV row names a customer's document: a RUC column, a Cédula column, or a type column with a number column.
 * The directory owns these rules; every dataset whose rows name a customer (the customers themselves, their
 * purchases) reads the document through here, so a file is written the same way whatever it holds.
 */
public final class DocumentColumns {

    public static final String DOCUMENT_TYPE = "documentType";
    public static final String DOCUMENT_NUMBER = "documentNumber";
    /** A column of RUCs: its values are RUCs whatever they look like. */
    public static final String RUC = "ruc";
    /** A column of cédulas (CI). */
    public static final String CEDULA = "cedula";

    /** Column order as in the customers file; the {@code customer_...} spellings are what other datasets' files use. */
    public static final List<ImportColumn> ALL = List.of(
            ImportColumn.optional(DOCUMENT_TYPE, 16, "tipo_documento", "tipo de documento", "tipo_identificacion",
                    "tipo de identificación", "tipo_doc", "document_type", "customer_document_type",
                    "tipo_documento_cliente"),
            ImportColumn.optional(DOCUMENT_NUMBER, 64, "numero_documento", "número de documento", "documento",
                    "identificacion", "identificación", "numero_identificacion", "document_number", "document",
                    "número do documento", "customer_document_number", "documento_cliente", "documento do cliente"),
            ImportColumn.optional(RUC, 64, "ruc"),
            ImportColumn.optional(CEDULA, 64, "cédula", "cedula", "ci", "cédula de identidad"));

    private static final Map<String, DocumentTypeCode> TYPE_NAMES = Map.of(
            "cedula", DocumentTypeCode.CI, "cedula de identidad", DocumentTypeCode.CI,
            "pasaporte", DocumentTypeCode.PASSPORT, "passaporte", DocumentTypeCode.PASSPORT,
            "cedula de ciudadania", DocumentTypeCode.CC, "cedula de extranjeria", DocumentTypeCode.CE);

    private DocumentColumns() {
    }

    /** What a row says about its document. */
    public record Read(DocumentTypeCode type, String column, DocumentCheck.Valid document) {

        /** The valid document, if the row has one. */
        public Optional<DocumentCheck.Valid> valid() {
            return Optional.ofNullable(document);
        }
    }

    /** The document columns missing from a header, for people; empty when the header names documents one way or another. */
    public static List<String> missing(Set<String> present) {
        boolean typed = present.contains(DOCUMENT_TYPE) && present.contains(DOCUMENT_NUMBER);
        if (typed || present.contains(RUC) || present.contains(CEDULA)) {
            return List.of();
        }
        return List.of("the document: a RUC column, a Cédula column, or Tipo de documento (documentType) with "
                + "Número de documento (documentNumber)");
    }

    /**
     * Reads the row's document: from the RUC column when it has a value, else the Cédula column, else the type and
     * number columns. Every problem is reported on the row with its code.
     *
     * @return the type (null when unknown), the column the number came from and the document (null unless valid)
     */
    public static Read read(ImportRow row) {
        DocumentTypeCode type = null;
        String column;
        if (row.value(RUC) != null) {
            type = DocumentTypeCode.RUC;
            column = RUC;
        } else if (row.value(CEDULA) != null) {
            type = DocumentTypeCode.CI;
            column = CEDULA;
        } else if (row.has(DOCUMENT_NUMBER)) {
            column = DOCUMENT_NUMBER;
            String typeText = row.value(DOCUMENT_TYPE);
            if (typeText == null) {
                row.reject(DOCUMENT_TYPE, ValidationCode.EMPTY_VALUE, null, row.header(DOCUMENT_TYPE) + " is required.");
            } else {
                type = documentType(typeText).orElse(null);
                if (type == null) {
                    row.reject(DOCUMENT_TYPE, ValidationCode.WRONG_TYPE, typeText, "'" + typeText
                            + "' is not a document type; use one of " + Arrays.stream(DocumentTypeCode.values())
                            .map(Enum::name).collect(Collectors.joining(", ")) + ".");
                }
            }
        } else {
            column = row.has(RUC) ? RUC : CEDULA;
        }
        String number = row.value(column);
        if (number == null) {
            row.reject(column, ValidationCode.EMPTY_VALUE, null, "The document number is required.");
            return new Read(type, column, null);
        }
        if (type == null || row.flagged(column)) {
            return new Read(type, column, null);
        }
        DocumentCheck check = DocumentNumbers.check(type, number);
        if (check instanceof DocumentCheck.Invalid invalid) {
            ValidationCode code = invalid.problem().isTypeMismatch() ? ValidationCode.DOCUMENT_TYPE_MISMATCH
                    : invalid.problem() == DocumentProblem.EMPTY ? ValidationCode.EMPTY_VALUE
                    : ValidationCode.INVALID_DOCUMENT;
            row.reject(column, code, number, invalid.message().endsWith(".") ? invalid.message() : invalid.message() + ".");
            return new Read(type, column, null);
        }
        return new Read(type, column, (DocumentCheck.Valid) check);
    }

    /** A type code ({@code CI}) or the name people write in a file ({@code Cédula}, {@code pasaporte}). */
    static Optional<DocumentTypeCode> documentType(String text) {
        return DocumentTypeCode.parse(text).or(() -> Optional.ofNullable(TYPE_NAMES.get(TextFolding.fold(text))));
    }
}
