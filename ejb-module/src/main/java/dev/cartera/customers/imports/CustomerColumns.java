package dev.cartera.customers.imports;

import dev.cartera.customers.CustomerRules;
import dev.cartera.customers.EmailAddresses;
import dev.cartera.imports.ImportColumn;
import java.util.List;
import java.util.stream.Stream;

/** The columns of the customers CSV, with their Spanish, English and Portuguese names (see docs/csv-formats.md). */
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
                    "first_name", "nome", "given_name"),
            ImportColumn.optional(LAST_NAME, CustomerRules.NAME_MAX, "apellidos", "apellido", "last_name",
                    "sobrenome", "surname"),
            ImportColumn.optional(LEGAL_NAME, CustomerRules.COMPANY_NAME_MAX, "razón social", "razon_social",
                    "legal_name", "razão social", "empresa", "company_name"),
            ImportColumn.optional(TRADE_NAME, CustomerRules.COMPANY_NAME_MAX, "nombre comercial", "nombre_comercial",
                    "trade_name", "nome fantasia"),
            ImportColumn.optional(EMAIL, EmailAddresses.MAX_LENGTH, "e-mail", "correo", "correo electrónico",
                    "correo_electronico", "mail"),
            ImportColumn.optional(PHONE, 40, "teléfono", "telefono", "celular", "móvil", "telefone", "phone_number"),
            ImportColumn.optional(ADDRESS, CustomerRules.ADDRESS_MAX, "dirección", "direccion", "domicilio",
                    "endereço", "endereco"),
            ImportColumn.optional(CITY, 100, "ciudad", "cantón", "canton", "municipio", "cidade"),
            ImportColumn.optional(PROVINCE, 100, "provincia", "departamento", "estado", "state", "province_code"),
            ImportColumn.optional(COUNTRY, 2, "país", "pais", "country_code"))).toList();

    private CustomerColumns() {
    }
}
