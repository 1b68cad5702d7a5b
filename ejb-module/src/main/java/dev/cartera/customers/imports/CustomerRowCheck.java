package dev.cartera.customers.imports;

import dev.cartera.shared.i18n.Message;
import static dev.cartera.customers.imports.CustomerColumns.ADDRESS;
import static dev.cartera.customers.imports.CustomerColumns.CITY;
import static dev.cartera.customers.imports.CustomerColumns.COUNTRY;
import static dev.cartera.customers.imports.CustomerColumns.EMAIL;
import static dev.cartera.customers.imports.CustomerColumns.FIRST_NAME;
import static dev.cartera.customers.imports.CustomerColumns.LAST_NAME;
import static dev.cartera.customers.imports.CustomerColumns.LEGAL_NAME;
import static dev.cartera.customers.imports.CustomerColumns.PHONE;
import static dev.cartera.customers.imports.CustomerColumns.PROVINCE;
import static dev.cartera.customers.imports.CustomerColumns.TRADE_NAME;

import dev.cartera.customers.CustomerDetails;
import dev.cartera.customers.CustomerKind;
import dev.cartera.customers.CustomerRules;
import dev.cartera.customers.EmailAddresses;
import dev.cartera.customers.PhoneNumbers;
import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.imports.ImportRow;
import dev.cartera.imports.RowCheck;
import dev.cartera.imports.ValidationCode;
import dev.cartera.reference.City;
import dev.cartera.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules of one customers row, each problem with its code; plain Java apart from the {@link Places} it asks. */
final class CustomerRowCheck {

    private final ImportRow row;
    private final Places places;
    private DocumentTypeCode type;

    private CustomerRowCheck(ImportRow row, Places places) {
        this.row = row;
        this.places = places;
    }

    static RowCheck<CustomerImport> check(ImportRow row, Places places) {
        return new CustomerRowCheck(row, places).check();
    }

    private RowCheck<CustomerImport> check() {
        DocumentCheck.Valid document = document();
        String country = country();
        City city = city(country, document);
        String livesIn = city != null ? city.province().country().code() : country;
        String email = row.value(EMAIL);
        if (email != null && !row.flagged(EMAIL) && EmailAddresses.normalize(email).isEmpty()) {
            row.reject(EMAIL, ValidationCode.INVALID_EMAIL, email, Message.of("field.problem.INVALID_EMAIL", email));
        }
        String phone = row.value(PHONE);
        if (phone != null && !row.flagged(PHONE)) {
            if (livesIn == null) {
                row.reject(PHONE, ValidationCode.INVALID_PHONE, phone, Message.of("import.problem.phoneCountry",
                        row.header(COUNTRY), row.header(CITY)));
            } else if (PhoneNumbers.toE164(phone, livesIn).isEmpty()) {
                row.reject(PHONE, ValidationCode.INVALID_PHONE, phone, Message.of("field.problem.INVALID_PHONE", phone,
                        livesIn, PhoneNumbers.exampleFor(livesIn)));
            }
        }
        if (document != null) {
            names(document);
        }
        if (document == null || !row.issues().isEmpty()) {
            return new RowCheck.Rejected<>(row.issues());
        }
        CustomerDetails details = new CustomerDetails(row.value(FIRST_NAME), row.value(LAST_NAME), row.value(LEGAL_NAME),
                row.value(TRADE_NAME), email, phone, row.value(ADDRESS), city == null ? null : city.id(), country);
        try {
            CustomerRules.Accepted accepted = CustomerRules.check(document, details, Optional.ofNullable(city));
            return new RowCheck.Accepted<>(document.type() + " " + document.number(),
                    new CustomerImport(document, accepted));
        } catch (InvalidInputException e) {
            // a rule the checks above do not repeat (a city in another country than País, say)
            e.problems().forEach(problem -> row.reject(column(problem.field()), code(problem.field()),
                    null, Message.of("import.problem.field", problem.field(), problem.text())));
            return new RowCheck.Rejected<>(row.issues());
        }
    }

    /** The document, from a RUC column, a Cédula column, or a type and a number; null when it is not valid. */
    private DocumentCheck.Valid document() {
        DocumentColumns.Read read = DocumentColumns.read(row);
        type = read.type();
        return read.valid();
    }

    /** País as given (upper case), else the document type's country; null when neither tells. */
    private String country() {
        String given = row.value(COUNTRY);
        if (given != null && !row.flagged(COUNTRY)) {
            String code = given.toUpperCase(Locale.ROOT);
            if (code.matches("[A-Z]{2}")) {
                return code;
            }
            row.reject(COUNTRY, ValidationCode.WRONG_TYPE, given, Message.of("import.problem.notACountry", given));
        }
        return type == null ? null : type.country();
    }

    private City city(String country, DocumentCheck.Valid document) {
        String name = row.value(CITY);
        String provinceText = row.value(PROVINCE);
        if ((name == null && provinceText == null) || row.flagged(CITY) || row.flagged(PROVINCE)) {
            return null;
        }
        if (country == null) {
            row.reject(name != null ? CITY : PROVINCE, ValidationCode.UNKNOWN_CITY, name != null ? name : provinceText,
                    Message.of("import.problem.countryUnknown", row.header(COUNTRY)));
            return null;
        }
        String province = null;
        if (provinceText != null) {
            province = places.provinceCode(country, provinceText).orElse(null);
            if (province == null) {
                row.reject(PROVINCE, ValidationCode.UNKNOWN_CITY, provinceText, Message.of("import.problem.notAProvince",
                        provinceText, country));
                return null;
            }
        }
        if (name == null) {
            return null;
        }
        List<City> found = places.cities(country, province, name);
        if (found.size() > 1 && province == null && document != null && document.provinceCode().isPresent()) {
            List<City> inDocumentProvince = found.stream()
                    .filter(city -> city.province().code().equals(document.provinceCode().get())).toList();
            found = inDocumentProvince.isEmpty() ? found : inDocumentProvince;
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        row.reject(CITY, ValidationCode.UNKNOWN_CITY, name, !found.isEmpty()
                ? Message.of("import.problem.cityOfSeveral", name, found.stream().map(city -> city.province().name())
                        .collect(Collectors.joining(", ")), row.header(PROVINCE))
                : province == null ? Message.of("import.problem.noCity", name, country)
                : Message.of("import.problem.noCityInProvince", name, String.valueOf(province), country));
        return null;
    }

    /** A person's document takes first and last names, a company's the legal name. */
    private void names(DocumentCheck.Valid document) {
        if (document.kind() == CustomerKind.PERSON) {
            required(FIRST_NAME);
            required(LAST_NAME);
            if (row.value(LEGAL_NAME) != null && !row.flagged(LEGAL_NAME)) {
                row.reject(LEGAL_NAME, ValidationCode.DOCUMENT_TYPE_MISMATCH, row.value(LEGAL_NAME), Message.of(
                        "import.problem.personDocument", String.valueOf(document.type()), document.number()));
            }
        } else {
            required(LEGAL_NAME);
            for (String key : List.of(FIRST_NAME, LAST_NAME)) {
                if (row.value(key) != null && !row.flagged(key)) {
                    row.reject(key, ValidationCode.DOCUMENT_TYPE_MISMATCH, row.value(key), Message.of(
                            "import.problem.companyDocument", String.valueOf(document.type()), document.number()));
                }
            }
        }
    }

    private void required(String key) {
        if (row.value(key) == null && !row.flagged(key)) {
            row.reject(key, ValidationCode.EMPTY_VALUE, null, Message.of("import.problem.requiredForDocument", row.header(key)));
        }
    }

    private static String column(String field) {
        return switch (field) {
            case "cityId" -> CITY;
            default -> field;
        };
    }

    private static ValidationCode code(String field) {
        return switch (field) {
            case "email" -> ValidationCode.INVALID_EMAIL;
            case "phone" -> ValidationCode.INVALID_PHONE;
            case "cityId", "country" -> ValidationCode.UNKNOWN_CITY;
            default -> ValidationCode.EMPTY_VALUE;
        };
    }
}
