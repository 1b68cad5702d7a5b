package dev.cartera.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

    @ParameterizedTest
    @CsvSource({
            "'(02) 298-7901', EC, +59322987901",
            "'072 845 902', EC, +59372845902",
            "'099 123 4567', EC, +593991234567",
            "'+593 99 123 4567', CO, +593991234567",
            "'601 555 0100', CO, +576015550100",
            "'300 123 4567', CO, +573001234567",
            "'(11) 91234-5678', BR, +5511912345678"})
    void phonesAreNormalisedToE164ForTheCountry(String written, String country, String e164) {
        assertEquals(Optional.of(e164), PhoneNumbers.toE164(written, country));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "not a phone", "099 123", "+1 000 000 0000", ""})
    void invalidPhonesAreRefused(String written) {
        assertTrue(PhoneNumbers.toE164(written, "EC").isEmpty(), written);
    }

    @ParameterizedTest
    @CsvSource({
            "atencion@soleterno.ec, atencion@soleterno.ec",
            "' Ana.Perez@Example.COM ', Ana.Perez@example.com",
            "info@sol-de-la-manana.com.ec, info@sol-de-la-manana.com.ec"})
    void emailsAreTrimmedWithTheDomainInLowerCase(String written, String stored) {
        assertEquals(Optional.of(stored), EmailAddresses.normalize(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"atencionsoldelamanana.ec", "ana@", "@example.com", "ana@example", "ana perez@example.com",
            "ana@example.notarealtld"})
    void invalidEmailsAreRefused(String written) {
        assertTrue(EmailAddresses.normalize(written).isEmpty(), written);
    }
}
