package dev.cartera.customers.imports;

import dev.cartera.customers.CustomerRules;
import dev.cartera.customers.EmailAddresses;
import dev.cartera.imports.ImportColumn;
import dev.cartera.imports.ValueShape;
import java.util.List;
import java.util.stream.Stream;

/**
 * The columns of the customers CSV, with their Spanish, English and Portuguese names (see docs/csv-formats.md): the
 * document's, shared with other datasets ({@link DocumentColumns}), then the customer's own.
 */
final class CustomerColumns {

    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String LEGAL_NAME = "legalName";
    static final String TRADE_NAME = "tradeName";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String ADDRESS = "address";
    static final String CITY = "city";
    static final String PROVINCE = "province";
    static final String COUNTRY = "country";

    static final List<ImportColumn> ALL = Stream.concat(DocumentColumns.ALL.stream(), Stream.of(
            ImportColumn.optional(FIRST_NAME, CustomerRules.NAME_MAX, "nombres", "nombre", "primer_nombre",
                    "first_name", "nome", "given_name")
                    .describedAs("nombres del cliente", "primeiro nome", "first name", "given names"),
            ImportColumn.optional(LAST_NAME, CustomerRules.NAME_MAX, "apellidos", "apellido", "last_name",
                    "sobrenome", "surname")
                    .describedAs("apellidos del cliente", "sobrenome do cliente", "last name", "family name"),
            ImportColumn.optional(LEGAL_NAME, CustomerRules.COMPANY_NAME_MAX, "razón social", "razon_social",
                    "legal_name", "razão social", "empresa", "company_name")
                    .describedAs("nombre legal de la empresa", "razón social de la compañía", "nome da empresa",
                            "company legal name", "registered company name"),
            ImportColumn.optional(TRADE_NAME, CustomerRules.COMPANY_NAME_MAX, "nombre comercial", "nombre_comercial",
                    "trade_name", "nome fantasia")
                    .describedAs("nombre comercial del negocio", "nombre de fantasía", "marca", "nome comercial",
                            "brand name", "trading name", "doing business as"),
            ImportColumn.optional(EMAIL, EmailAddresses.MAX_LENGTH, "e-mail", "correo", "correo electrónico",
                    "correo_electronico", "mail")
                    .describedAs("dirección de correo electrónico", "endereço de e-mail", "email address")
                    .holding(ValueShape.EMAIL),
            ImportColumn.optional(PHONE, 40, "teléfono", "telefono", "celular", "móvil", "telefone", "phone_number")
                    .describedAs("número de teléfono", "número de celular", "número de telefone", "mobile phone number",
                            "telephone", "whatsapp")
                    .holding(ValueShape.PHONE),
            ImportColumn.optional(ADDRESS, CustomerRules.ADDRESS_MAX, "dirección", "direccion", "domicilio",
                    "endereço", "endereco")
                    .describedAs("dirección domiciliaria", "calle y número", "endereço residencial", "street address",
                            "home address"),
            ImportColumn.optional(CITY, 100, "ciudad", "cantón", "canton", "municipio", "cidade")
                    .describedAs("ciudad de residencia", "localidad", "cidade de residência", "city", "town")
                    .holding(ValueShape.WORDS),
            ImportColumn.optional(PROVINCE, 100, "provincia", "departamento", "estado", "state", "province_code")
                    .describedAs("provincia de residencia", "región", "estado ou província", "uf", "state or province",
                            "region"),
            ImportColumn.optional(COUNTRY, 2, "país", "pais", "country_code")
                    .describedAs("país de residencia", "código de país", "país do cliente", "country", "country code")
                    .holding(ValueShape.COUNTRY_CODE))).toList();

    private CustomerColumns() {
    }
}
