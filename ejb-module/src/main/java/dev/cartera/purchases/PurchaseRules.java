package dev.cartera.purchases;

import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import dev.cartera.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A purchase's rules, in plain Java, one field at a time so the REST API (every problem at once, as a 400) and
 * the CSV import (every problem with its code) apply the same ones. Checked values come back normalised: the
 * invoice number trimmed, in upper case with single spaces; the amount as {@link Money} in COP, at the scale of the
 * column, so that 10 and 10.00 are the same amount when a purchase compares its details.
 */
public final class PurchaseRules {

    public static final String INVOICE_NUMBER = "invoiceNumber";
    public static final String PURCHASED_AT = "purchasedAt";
    public static final String AMOUNT = "amount";
    public static final String CHANNEL = "channel";
    public static final String STORE = "store";
    public static final String STATUS = "status";

    /** How far ahead of the server's clock a purchase may be dated: a till's clock runs a little fast. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    /** The largest amount {@code DECIMAL(19,2)} holds. */
    public static final BigDecimal MAX_AMOUNT = Money.MAX_AMOUNT;

    /*
     * What invoice numbers look like: 001-002-000012345 (Ecuador), FE 1234 or SETP990000123 (Colombia),
     * NF-e 000.123.456 (Brazil), A/2026/55. Nothing a spreadsheet could run as a formula can start one.
     */
    private static final Pattern INVOICE = Pattern.compile("[A-Z0-9][A-Z0-9 ./#_-]*");

    private PurchaseRules() {
    }

    /** Why a value is refused; the CSV import gives each its own validation code. */
    public enum Kind { REQUIRED, TOO_LONG, MALFORMED, OUT_OF_RANGE }

    /**
     * What is wrong with one field, in words that follow the field's name ("must be more than 0"), with the rule's
     * stable code and arguments so the console can say it in its user's language (see
     * {@link FieldProblem#of(String, String, String, Object...)}).
     */
    public record Problem(String field, Kind kind, String code, String message, List<Object> arguments) {

        public Problem {
            arguments = java.util.Collections.unmodifiableList(new ArrayList<>(arguments));
        }

        static Problem of(String field, Kind kind, String code, String message, Object... arguments) {
            return new Problem(field, kind, code, message, Arrays.asList(arguments));
        }

        public FieldProblem asFieldProblem() {
            return new FieldProblem(field, code, message, arguments);
        }
    }

    /** A purchase that passed every rule. */
    public record Checked(String invoiceNumber, PurchaseDetails details) {
    }

    /**
     * @param now the server's clock: a purchase may not be dated after it (beyond {@link #FUTURE_TOLERANCE})
     * @throws InvalidInputException naming every field to fix
     */
    public static Checked check(PurchaseInput input, Instant now) {
        List<Problem> problems = new ArrayList<>();
        String invoiceNumber = invoiceNumber(input.invoiceNumber(), problems::add);
        PurchaseDetails details = details(input, now, problems);
        return new Checked(invoiceNumber, details);
    }

    /** The same rules but the invoice number's, for a purchase that exists. */
    public static PurchaseDetails checkDetails(PurchaseInput input, Instant now) {
        return details(input, now, new ArrayList<>());
    }

    private static PurchaseDetails details(PurchaseInput input, Instant now, List<Problem> problems) {
        Instant purchasedAt = purchasedAt(input.purchasedAt(), now, problems::add);
        Money amount = amount(input.amount(), problems::add);
        PurchaseChannel channel = channel(input.channel(), problems::add);
        String store = store(input.store(), problems::add);
        PurchaseStatus status = status(input.status(), problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(Problem::asFieldProblem).toList());
        }
        return new PurchaseDetails(purchasedAt, amount, channel, store, status);
    }

    /** @return the number trimmed, in upper case, with single spaces; null when refused */
    public static String invoiceNumber(String value, Consumer<Problem> problems) {
        String number = value == null ? "" : value.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            problems.accept(Problem.of(INVOICE_NUMBER, Kind.REQUIRED, "REQUIRED", "is required"));
        } else if (number.length() > Purchase.INVOICE_NUMBER_MAX) {
            problems.accept(Problem.of(INVOICE_NUMBER, Kind.TOO_LONG, "TOO_LONG", "must be at most "
                    + Purchase.INVOICE_NUMBER_MAX + " characters", Purchase.INVOICE_NUMBER_MAX));
        } else if (!INVOICE.matcher(number).matches()) {
            problems.accept(Problem.of(INVOICE_NUMBER, Kind.MALFORMED, "INVALID_INVOICE_NUMBER", "must start with a "
                    + "letter or digit and hold only letters, digits, spaces and . / # _ - (such as 001-002-000012345)",
                    number));
        } else {
            return number;
        }
        return null;
    }

    /** @return the instant to the microsecond; null when refused */
    public static Instant purchasedAt(Instant value, Instant now, Consumer<Problem> problems) {
        if (value == null) {
            problems.accept(Problem.of(PURCHASED_AT, Kind.REQUIRED, "REQUIRED", "is required, as an ISO-8601 instant "
                    + "such as 2026-10-31T15:30:00Z"));
        } else if (value.isAfter(now.plus(FUTURE_TOLERANCE))) {
            problems.accept(Problem.of(PURCHASED_AT, Kind.OUT_OF_RANGE, "IN_THE_FUTURE", "must not be in the future ("
                    + value + " is after " + now.truncatedTo(ChronoUnit.SECONDS) + ")", value, now));
        } else {
            // what both databases keep (DATETIME2 on SQL Server, TIMESTAMP on H2), so a stored purchase equals its input
            return value.truncatedTo(ChronoUnit.MICROS);
        }
        return null;
    }

    /**
     * Checked here, field by field, rather than left to {@link Money}'s constructor, so each refusal has its kind and
     * words; what passes always makes a Money.
     *
     * @return the amount in COP; null when refused
     */
    public static Money amount(BigDecimal value, Consumer<Problem> problems) {
        if (value == null) {
            problems.accept(Problem.of(AMOUNT, Kind.REQUIRED, "REQUIRED", "is required, in COP, such as 150000.50"));
        } else if (value.signum() <= 0) {
            problems.accept(Problem.of(AMOUNT, Kind.OUT_OF_RANGE, "NOT_POSITIVE", "must be more than 0"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.accept(Problem.of(AMOUNT, Kind.OUT_OF_RANGE, "TOO_MANY_DECIMALS", "takes at most 2 decimals (cents)",
                    2));
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            problems.accept(Problem.of(AMOUNT, Kind.OUT_OF_RANGE, "TOO_LARGE", "must be at most "
                    + MAX_AMOUNT.toPlainString(), MAX_AMOUNT));
        } else {
            return Money.cop(value);
        }
        return null;
    }

    /** @param value a code in any letter case */
    public static PurchaseChannel channel(String value, Consumer<Problem> problems) {
        return constant(PurchaseChannel.class, CHANNEL, value, problems);
    }

    /** @param value a code in any letter case */
    public static PurchaseStatus status(String value, Consumer<Problem> problems) {
        return constant(PurchaseStatus.class, STATUS, value, problems);
    }

    /** @return the store trimmed, or null when blank (it is optional) or refused */
    public static String store(String value, Consumer<Problem> problems) {
        String store = value == null ? "" : value.strip();
        if (store.length() > Purchase.STORE_MAX) {
            problems.accept(Problem.of(STORE, Kind.TOO_LONG, "TOO_LONG", "must be at most " + Purchase.STORE_MAX
                    + " characters", Purchase.STORE_MAX));
            return null;
        }
        return store.isEmpty() ? null : store;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String field, String value, Consumer<Problem> problems) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            problems.accept(Problem.of(field, Kind.REQUIRED, "REQUIRED_CHOICE", "is required: one of " + allowed,
                    allowed));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.accept(Problem.of(field, Kind.MALFORMED, "NOT_ONE_OF", "must be one of " + allowed + "; got '"
                    + value.strip() + "'", value.strip(), allowed));
            return null;
        }
    }
}
