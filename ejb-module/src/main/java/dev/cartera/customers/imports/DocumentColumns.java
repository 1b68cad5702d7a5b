package dev.cartera.customers.imports;

import dev.cartera.shared.i18n.Message;
import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentProblem;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.imports.ImportColumn;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.ValidationCode;
import dev.cartera.imports.ValueShape;
import dev.cartera.shared.TextFolding;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a CSV row names a customer's document, for every dataset that refers to customers: a column named after a
 * document type (RUC, Cédula, CNPJ, CPF, NIT, CC, CE, Pasaporte: each fixes the type of its values), or a type
 * column with a number column.
 */
public final class DocumentColumns {

    public static final String DOCUMENT_TYPE = "documentType";
    public static final String DOCUMENT_NUMBER = "documentNumber";
    /** A column of RUCs: its values are RUCs whatever they look like. */
    public static final String RUC = "ruc";
    /** A column of cédulas (CI). */
    public static final String CEDULA = "cedula";
    public static final String CNPJ = "cnpj";
    public static final String CPF = "cpf";
    public static final String NIT = "nit";
    /** A column of Colombian cédulas de ciudadanía. */
    public static final String CC = "cc";
    /** A column of Colombian cédulas de extranjería. */
    public static final String CE = "ce";
    public static final String PASSPORT = "passport";

    /** The columns that fix the type of their values, in the order a row's document is looked for. */
    private static final Map<String, DocumentTypeCode> TYPED = typed();

    public static final List<ImportColumn> ALL = List.of(
            ImportColumn.optional(DOCUMENT_TYPE, 16, "tipo_documento", "tipo de documento", "tipo_identificacion",
                    "tipo de identificación", "tipo_doc", "document_type", "customerDocumentType", "tipo de documento do cliente")
                    .describedAs("tipo de documento de identidad", "tipo do documento", "identity document type",
                            "kind of id document")
                    .holding(ValueShape.WORDS),
            ImportColumn.optional(DOCUMENT_NUMBER, 64, "numero_documento", "número de documento", "documento",
                    "identificacion", "identificación", "numero_identificacion", "document_number", "document",
                    "número do documento", "customerDocumentNumber")
                    .describedAs("número de identificación", "documento de identidad", "número de identidade",
                            "identity document number", "id number", "identification number")
                    .holding(ValueShape.ID_NUMBER, ValueShape.RUC, ValueShape.CNPJ, ValueShape.CPF),
            ImportColumn.optional(RUC, 64, "ruc")
                    .describedAs("número de ruc", "registro único de contribuyentes", "ruc de la empresa",
                            "taxpayer number ruc")
                    .holding(ValueShape.RUC),
            ImportColumn.optional(CEDULA, 64, "cédula", "cedula", "ci", "cédula de identidad")
                    .describedAs("número de cédula", "cédula de identidad", "national identity card number")
                    .holding(ValueShape.ID_NUMBER),
            ImportColumn.optional(CNPJ, 64, "cnpj").describedAs("número do cnpj", "cnpj da empresa",
                    "brazilian company registry number cnpj").holding(ValueShape.CNPJ),
            ImportColumn.optional(CPF, 64, "cpf").describedAs("número do cpf", "cpf do cliente",
                    "brazilian individual taxpayer number cpf").holding(ValueShape.CPF, ValueShape.ID_NUMBER),
            ImportColumn.optional(NIT, 64, "nit").describedAs("número de nit", "nit de la empresa",
                    "colombian tax identification number nit"),
            ImportColumn.optional(CC, 64, "cc", "cédula de ciudadanía", "cedula de ciudadania")
                    .describedAs("número de cédula de ciudadanía", "colombian citizenship card").holding(ValueShape.ID_NUMBER),
            ImportColumn.optional(CE, 64, "ce", "cédula de extranjería", "cedula de extranjeria")
                    .describedAs("número de cédula de extranjería", "foreigner identity card"),
            ImportColumn.optional(PASSPORT, 64, "pasaporte", "passaporte", "passport", "passport_number")
                    .describedAs("número de pasaporte", "número do passaporte", "passport number"));

    private static final Map<String, DocumentTypeCode> TYPE_NAMES = Map.of(
            "cedula", DocumentTypeCode.CI, "cedula de identidad", DocumentTypeCode.CI,
            "pasaporte", DocumentTypeCode.PASSPORT, "passaporte", DocumentTypeCode.PASSPORT,
            "cedula de ciudadania", DocumentTypeCode.CC, "cedula de extranjeria", DocumentTypeCode.CE);

    /**
     * What a row says of its document.
     *
     * @param type  the document type, when the row tells it (even if the number is invalid); null otherwise
     * @param valid the valid canonical document; null when the row was rejected for it
     */
    public record Read(DocumentTypeCode type, DocumentCheck.Valid valid) {
    }

    private DocumentColumns() {
    }

    private static Map<String, DocumentTypeCode> typed() {
        Map<String, DocumentTypeCode> typed = new LinkedHashMap<>();
        typed.put(RUC, DocumentTypeCode.RUC);
        typed.put(CEDULA, DocumentTypeCode.CI);
        typed.put(CNPJ, DocumentTypeCode.CNPJ);
        typed.put(CPF, DocumentTypeCode.CPF);
        typed.put(NIT, DocumentTypeCode.NIT);
        typed.put(CC, DocumentTypeCode.CC);
        typed.put(CE, DocumentTypeCode.CE);
        typed.put(PASSPORT, DocumentTypeCode.PASSPORT);
        return typed;
    }

    /** The document, described for people, when the header has none of the ways to give it; empty otherwise. */
    public static List<String> missing(Set<String> present) {
        boolean typed = present.contains(DOCUMENT_TYPE) && present.contains(DOCUMENT_NUMBER);
        if (typed || TYPED.keySet().stream().anyMatch(present::contains)) {
            return List.of();
        }
        return List.of("the document: a RUC, Cédula, CNPJ, CPF, NIT, CC, CE or Pasaporte column, or Tipo de "
                + "documento (documentType) with Número de documento (documentNumber)");
    }

    /** What the header of a dataset whose rows name a customer misses: the document, then its required columns. */
    public static List<String> missing(Set<String> present, List<ImportColumn> columns) {
        return Stream.concat(missing(present).stream(), ImportColumn.missingRequired(columns, present).stream()).toList();
    }

    /** Reads and checks the row's document, rejecting the row (with its code) when it is missing or invalid. */
    public static Read read(ImportRow row) {
        DocumentTypeCode type = null;
        String column;
        Optional<String> typedColumn = TYPED.keySet().stream().filter(key -> row.value(key) != null).findFirst();
        if (typedColumn.isPresent()) {
            column = typedColumn.get();
            type = TYPED.get(column);
        } else if (row.has(DOCUMENT_NUMBER)) {
            column = DOCUMENT_NUMBER;
            String typeText = row.value(DOCUMENT_TYPE);
            if (typeText == null) {
                row.reject(DOCUMENT_TYPE, ValidationCode.EMPTY_VALUE, null,
                        Message.of("import.problem.required", row.header(DOCUMENT_TYPE)));
            } else {
                type = documentType(typeText).orElse(null);
                if (type == null) {
                    row.reject(DOCUMENT_TYPE, ValidationCode.WRONG_TYPE, typeText, Message.of(
                            "import.problem.notADocumentType", typeText, Arrays.stream(DocumentTypeCode.values())
                            .map(Enum::name).collect(Collectors.joining(", "))));
                }
            }
        } else {
            column = TYPED.keySet().stream().filter(row::has).findFirst().orElse(DOCUMENT_NUMBER);
        }
        String number = row.value(column);
        if (number == null) {
            row.reject(column, ValidationCode.EMPTY_VALUE, null, Message.of("import.problem.documentNumberRequired"));
            return new Read(type, null);
        }
        if (type == null || row.flagged(column)) {
            return new Read(type, null);
        }
        DocumentCheck check = DocumentNumbers.check(type, number);
        if (check instanceof DocumentCheck.Invalid invalid) {
            ValidationCode code = invalid.problem().isTypeMismatch() ? ValidationCode.DOCUMENT_TYPE_MISMATCH
                    : invalid.problem() == DocumentProblem.EMPTY ? ValidationCode.EMPTY_VALUE
                    : ValidationCode.INVALID_DOCUMENT;
            row.reject(column, code, number, Message.of("document.problem." + invalid.problem().name(), number,
                    Message.of("document.rule." + type.name())));
            return new Read(type, null);
        }
        return new Read(type, (DocumentCheck.Valid) check);
    }

    /** A type code (CI, RUC...) or its name in Spanish or Portuguese ("Cédula", "Pasaporte"). */
    public static Optional<DocumentTypeCode> documentType(String text) {
        return DocumentTypeCode.parse(text).or(() -> Optional.ofNullable(TYPE_NAMES.get(TextFolding.fold(text))));
    }

    /** The column that carried the document, for issues about the customer it names. */
    public static String column(ImportRow row) {
        return TYPED.keySet().stream().filter(key -> row.value(key) != null).findFirst().orElse(DOCUMENT_NUMBER);
    }
}
