package dev.cartera.web.console;

import dev.cartera.shared.CompanyZone;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * How pages write numbers, money and dates ({@code #{formats}}): money with Colombia's separators whatever the
 * language ("$ 1.234.567,00", as the company's people read amounts), instants in the company's zone.
 */
@Named
@RequestScoped
public class Formats {

    private static final Locale MONEY = Locale.forLanguageTag("es-CO");

    @Inject
    CompanyZone zone;

    @Inject
    Console console;

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(MONEY);
        Currency unit = Currency.getInstance(currency == null ? "COP" : currency);
        format.setCurrency(unit);
        format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
        format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
        String text = format.format(amount);
        return "COP".equals(unit.getCurrencyCode()) ? text : text + " " + unit.getCurrencyCode();
    }

    public String money(BigDecimal amount) {
        return money(amount, "COP");
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(MONEY).format(value);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(console.getLocale()).withZone(zone.zone()).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(console.getLocale())
                .format(date);
    }

    /** The zone named on pages next to times, so nobody wonders whose clock they are. */
    public String getZone() {
        return zone.zone().getId();
    }
}
