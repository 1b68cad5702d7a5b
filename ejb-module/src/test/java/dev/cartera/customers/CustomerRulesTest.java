package dev.cartera.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.reference.City;
import dev.cartera.reference.Country;
import dev.cartera.reference.Province;
import dev.cartera.shared.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerRulesTest {

    private static final Country ECUADOR = new Country("EC", "Ecuador");
    private static final City QUITO = new City(new Province(ECUADOR, "17", "Pichincha"), "Quito");
    private static final City CUENCA = new City(new Province(ECUADOR, "01", "Azuay"), "Cuenca");
    private static final City BOGOTA = new City(new Province(new Country("CO", "Colombia"), "11", "Bogotá D.C."), "Bogotá");

    @Test
    void aPersonNeedsBothNamesAndNoLegalName() {
        var problems = problems(valid(DocumentTypeCode.CI, "1714307103"),
                details(null, " ", "Ana S.A.", null, null, null), Optional.empty());
        assertEquals(List.of("firstName", "lastName", "legalName"), problems);
    }

    @Test
    void aCompanyNeedsALegalNameAndNoPersonalNames() {
        var problems = problems(valid(DocumentTypeCode.RUC, "1790011674001"),
                details("Ana", null, null, "Sol", null, null), Optional.empty());
        assertEquals(List.of("legalName", "firstName"), problems);
    }

    @Test
    void contactDetailsAreNormalisedForTheCountryOfTheCity() {
        var accepted = CustomerRules.check(valid(DocumentTypeCode.CI, "1714307103"),
                details("  Ana  María ", "Pérez", null, null, "Ana@Example.COM", "(02) 298-7901"), Optional.of(QUITO));
        assertEquals("Ana María", accepted.firstName());
        assertEquals("Ana@example.com", accepted.email());
        assertEquals("+59322987901", accepted.phone());
        assertEquals("EC", accepted.country());
        assertEquals(List.of(), accepted.warnings());
    }

    @Test
    void aCityElsewhereThanTheDocumentSaysIsOnlyAWarning() {
        var otherProvince = CustomerRules.check(valid(DocumentTypeCode.CI, "1714307103"),
                details("Ana", "Pérez", null, null, null, null), Optional.of(CUENCA));
        assertEquals(1, otherProvince.warnings().size());
        assertTrue(otherProvince.warnings().get(0).contains("Azuay"), otherProvince.warnings().get(0));

        var otherCountry = CustomerRules.check(valid(DocumentTypeCode.CI, "1714307103"),
                details("Ana", "Pérez", null, null, null, "300 123 4567"), Optional.of(BOGOTA));
        assertEquals("CO", otherCountry.country(), "the customer lives in Colombia");
        assertEquals("+573001234567", otherCountry.phone(), "so the phone is read as Colombian");
        assertEquals(1, otherCountry.warnings().size());
    }

    @Test
    void aPassportHolderNeedsACityOrACountry() {
        var problems = problems(valid(DocumentTypeCode.PASSPORT, "AB123456"),
                details("John", "Smith", null, null, null, null), Optional.empty());
        assertEquals(List.of("cityId"), problems);
    }

    @Test
    void invalidEmailAndPhoneAreNamed() {
        var problems = problems(valid(DocumentTypeCode.CI, "1714307103"),
                details("Ana", "Pérez", null, null, "atencionsoldelamanana.ec", "12"), Optional.empty());
        assertEquals(List.of("email", "phone"), problems);
    }

    @Test
    void eachProblemNamesItsRuleAndWhatItsSentenceMentionsSoAClientCanSayItInItsLanguage() {
        var error = assertThrows(InvalidInputException.class, () -> CustomerRules.check(
                valid(DocumentTypeCode.CI, "1714307103"),
                details(null, "P".repeat(CustomerRules.NAME_MAX + 1), null, null, "ana@", "12"), Optional.empty()));
        var byField = error.problems().stream().collect(java.util.stream.Collectors.toMap(
                InvalidInputException.FieldProblem::field, problem -> problem));
        assertEquals("REQUIRED", byField.get("firstName").code());
        assertEquals("TOO_LONG", byField.get("lastName").code());
        assertEquals(List.of(CustomerRules.NAME_MAX), byField.get("lastName").arguments());
        assertEquals("INVALID_EMAIL", byField.get("email").code());
        assertEquals(List.of("ana@"), byField.get("email").arguments());
        assertEquals("INVALID_PHONE", byField.get("phone").code());
        assertEquals("12", byField.get("phone").arguments().get(0));
        assertEquals("EC", byField.get("phone").arguments().get(1));
    }

    private static List<String> problems(DocumentCheck.Valid document, CustomerDetails details, Optional<City> city) {
        var error = assertThrows(InvalidInputException.class, () -> CustomerRules.check(document, details, city));
        return error.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
    }

    private static DocumentCheck.Valid valid(DocumentTypeCode type, String number) {
        return (DocumentCheck.Valid) DocumentNumbers.check(type, number);
    }

    private static CustomerDetails details(String first, String last, String legal, String trade, String email, String phone) {
        return new CustomerDetails(first, last, legal, trade, email, phone, null, null, null);
    }
}
