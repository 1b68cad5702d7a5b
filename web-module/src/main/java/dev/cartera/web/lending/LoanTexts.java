package dev.cartera.web.lending;

import dev.cartera.web.console.Console;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;

/**
 * How the loan pages draw a loan ({@code #{loanTexts}}): the icon beside each status's word, so a status is never
 * told by colour alone, which moves end a loan for good, and the rate as a percentage in the user's language.
 */
@Named
@RequestScoped
public class LoanTexts {

    @Inject
    Console console;

    public String icon(String status) {
        return switch (status == null ? "" : status) {
            case "REQUESTED" -> "pi pi-inbox";
            case "APPROVED" -> "pi pi-thumbs-up";
            case "ACTIVE" -> "pi pi-play";
            case "PAID" -> "pi pi-check-circle";
            case "REJECTED" -> "pi pi-ban";
            case "CANCELLED" -> "pi pi-times-circle";
            case "DEFAULTED" -> "pi pi-exclamation-triangle";
            default -> "pi pi-circle";
        };
    }

    /** Moves that end a loan for good are drawn as dangerous and asked for confirmation. */
    public boolean ends(String status) {
        return "REJECTED".equals(status) || "CANCELLED".equals(status) || "DEFAULTED".equals(status);
    }

    /** 24.5000 → "24,5 %" in Spanish, "24.5 %" in English. */
    public String rate(BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(console.getLocale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(4);
        return format.format(rate) + " %";
    }
}
