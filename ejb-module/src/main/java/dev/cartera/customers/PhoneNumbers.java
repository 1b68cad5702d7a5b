package dev.cartera.customers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/**
 * Phone numbers as people write them ("(02) 298-7901", "072 845 902", "+57 601 555 0100") parsed for the
 * customer's country and kept in E.164 ("+59322987901"), with libphonenumber's per-country rules.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** @return the E.164 form, or empty when the text is not a valid number for that country */
    public static Optional<String> toE164(String text, String countryCode) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(text, countryCode);
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** An example of a valid number for the country, for error messages. */
    public static String exampleFor(String countryCode) {
        PhoneNumber example = UTIL.getExampleNumber(countryCode);
        return example == null ? "+<country code><number>" : UTIL.format(example, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
    }
}
