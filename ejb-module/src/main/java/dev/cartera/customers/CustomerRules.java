package dev.cartera.customers;

import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.reference.City;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules a customer's details must meet, checked all at once so a client sees every problem together.
 * Plain Java: the service resolves the city, this decides.
 */
public final class CustomerRules {

    public static final int NAME_MAX = 100;
    public static final int COMPANY_NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;

    private CustomerRules() {
    }

    /** Details that passed, normalised, with the warnings a client should see but that do not block. */
    public record Accepted(String firstName, String lastName, String legalName, String tradeName, String email,
                           String phone, String address, City city, String country, List<String> warnings) {
    }

    /**
     * @param city the city {@code details.cityId()} names, already looked up (empty when none was given)
     * @throws InvalidInputException listing every field that needs fixing
     */
    public static Accepted check(DocumentCheck.Valid document, CustomerDetails details, Optional<City> city) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean person = document.kind() == CustomerKind.PERSON;

        String firstName = text(details.firstName(), NAME_MAX, "firstName", person, problems);
        String lastName = text(details.lastName(), NAME_MAX, "lastName", person, problems);
        String legalName = text(details.legalName(), COMPANY_NAME_MAX, "legalName", !person, problems);
        String tradeName = text(details.tradeName(), COMPANY_NAME_MAX, "tradeName", false, problems);
        String address = text(details.address(), ADDRESS_MAX, "address", false, problems);
        if (person && legalName != null) {
            problems.add(FieldProblem.of("legalName", "COMPANIES_ONLY", "applies to companies; a " + document.type()
                    + " is a person's document (use firstName and lastName, and tradeName for a business name)",
                    document.type().name()));
        }
        if (!person && (firstName != null || lastName != null)) {
            problems.add(FieldProblem.of(firstName != null ? "firstName" : "lastName", "PEOPLE_ONLY", "applies to people; a "
                    + document.type() + " is a company's document (use legalName and tradeName)", document.type().name()));
        }

        String country = country(document, details, city, problems);
        String email = null;
        if (blank(details.email()) != null) {
            email = EmailAddresses.normalize(details.email()).orElse(null);
            if (email == null) {
                problems.add(FieldProblem.of("email", "INVALID_EMAIL", "'" + details.email().trim()
                        + "' is not a valid e-mail address", details.email().trim()));
            }
        }
        String phone = null;
        if (blank(details.phone()) != null && country != null) {
            phone = PhoneNumbers.toE164(details.phone(), country).orElse(null);
            if (phone == null) {
                problems.add(FieldProblem.of("phone", "INVALID_PHONE", "'" + details.phone().trim()
                        + "' is not a valid phone number in " + country + " (for example "
                        + PhoneNumbers.exampleFor(country) + ")", details.phone().trim(), country,
                        PhoneNumbers.exampleFor(country)));
            }
        }
        city.ifPresent(c -> warnings.addAll(placeWarnings(document, c)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Accepted(firstName, lastName, legalName, tradeName, email, phone, address, city.orElse(null),
                country, List.copyOf(warnings));
    }

    private static String country(DocumentCheck.Valid document, CustomerDetails details, Optional<City> city,
                                  List<FieldProblem> problems) {
        String given = blank(details.country()) == null ? null : details.country().trim().toUpperCase(Locale.ROOT);
        String fromCity = city.map(c -> c.province().country().code()).orElse(null);
        if (given != null && fromCity != null && !given.equals(fromCity)) {
            problems.add(FieldProblem.of("country", "COUNTRY_NOT_THE_CITYS", "is " + given + " but the city is in "
                    + fromCity, given, fromCity));
        }
        String country = fromCity != null ? fromCity : given != null ? given : document.type().country();
        if (country == null) {
            problems.add(FieldProblem.of("cityId", "COUNTRY_NEEDED", "is required for a " + document.type()
                    + " (or give country), to know the customer's country", document.type().name()));
        } else if (!country.matches("[A-Z]{2}")) {
            problems.add(FieldProblem.of("country", "INVALID_COUNTRY", "must be an ISO 3166 alpha-2 code such as EC", given));
            return null;
        }
        return country;
    }

    /** A city elsewhere than the document says is accepted, since people move; the client is told. */
    private static List<String> placeWarnings(DocumentCheck.Valid document, City city) {
        String documentCountry = document.type().country();
        String cityCountry = city.province().country().code();
        if (documentCountry != null && !documentCountry.equals(cityCountry)) {
            return List.of("The " + document.type() + " is a " + documentCountry + " document but " + city.name()
                    + " is in " + cityCountry + ".");
        }
        return document.provinceCode()
                .filter(code -> !code.equals(city.province().code()))
                .map(code -> List.of("The document was issued in province " + code + " but " + city.name() + " is in "
                        + city.province().name() + " (" + city.province().code() + ")."))
                .orElse(List.of());
    }

    private static String text(String value, int max, String field, boolean required, List<FieldProblem> problems) {
        String trimmed = blank(value);
        if (trimmed == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "REQUIRED", "is required"));
            }
            return null;
        }
        if (trimmed.length() > max) {
            problems.add(FieldProblem.of(field, "TOO_LONG", "must be at most " + max + " characters", max));
        }
        return trimmed;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim().replaceAll("\\s+", " ");
    }
}
