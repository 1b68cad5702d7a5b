package dev.cartera.shared;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one ISO-4217 currency, as the columns hold it ({@code DECIMAL(19,2)} and a three-letter
 * code). The amount is kept at scale 2, so {@code 10} and {@code 10.00} are one value; an amount with more decimals
 * is refused rather than rounded, since rounding a customer's money quietly is a bug nobody sees. Lives on the
 * ground floor because lending, purchases and loyalty all hold amounts.
 *
 * <p>The constructor checks every value again, so a row JPA reads goes through the same rules.
 */
@Embeddable
public record Money(BigDecimal amount, String currency) {

    public static final int SCALE = 2;
    /** The largest amount {@code DECIMAL(19,2)} holds. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999.99");
    public static final String COP = "COP";

    private static final int MAX_INTEGER_DIGITS = 17;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!currency.equals(currency.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("a currency is an upper-case ISO-4217 code, not " + currency);
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(currency + " is not an ISO-4217 currency code", e);
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException(amount.toPlainString() + " has more than " + SCALE + " decimals");
        }
        amount = amount.setScale(SCALE);
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(amount.toPlainString() + " has more than " + MAX_INTEGER_DIGITS
                    + " integer digits");
        }
    }

    /** Colombian pesos: what purchases and the loyalty programme count in. */
    public static Money cop(BigDecimal amount) {
        return new Money(amount, COP);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
