package dev.cartera.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PurchaseRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    @Test
    void aValidPurchaseComesBackNormalised() {
        PurchaseRules.Checked checked = PurchaseRules.check(new PurchaseInput("  fe   001-002/000.123 ",
                Instant.parse("2026-10-31T23:59:59.123456789Z"), new BigDecimal("1500000.5"), "store", " Quicentro ",
                "completed"), NOW);

        assertEquals("FE 001-002/000.123", checked.invoiceNumber());
        PurchaseDetails details = checked.details();
        assertEquals(new BigDecimal("1500000.50"), details.amount().amount());
        assertEquals(2, details.amount().amount().scale(), "the column's scale, so 10 and 10.00 are one amount");
        assertEquals(Instant.parse("2026-10-31T23:59:59.123456Z"), details.purchasedAt(), "microseconds, as stored");
        assertEquals(PurchaseChannel.STORE, details.channel());
        assertEquals("Quicentro", details.store());
        assertEquals(PurchaseStatus.COMPLETED, details.status());
        assertNull(PurchaseRules.checkDetails(new PurchaseInput(null, NOW, BigDecimal.TEN, "ONLINE", "  ", "REFUNDED"),
                NOW).store(), "a blank store is none");
    }

    @Test
    void everyFieldIsNamedAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PurchaseRules.check(
                new PurchaseInput(" ", null, null, null, "x".repeat(101), "PAID"), NOW));

        Map<String, String> problems = e.problems().stream().collect(Collectors.toMap(
                InvalidInputException.FieldProblem::field, InvalidInputException.FieldProblem::message));
        assertEquals("is required", problems.get("invoiceNumber"));
        assertTrue(problems.get("purchasedAt").startsWith("is required"), problems::toString);
        assertTrue(problems.get("amount").startsWith("is required"), problems::toString);
        assertEquals("is required: one of STORE, ONLINE, PHONE", problems.get("channel"));
        assertEquals("must be at most 100 characters", problems.get("store"));
        assertEquals("must be one of COMPLETED, REFUNDED, CANCELLED; got 'PAID'", problems.get("status"));
        assertEquals(6, problems.size());
    }

    @Test
    void eachProblemHasTheRulesCodeAndArgumentsForTheConsolesLanguages() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PurchaseRules.check(
                new PurchaseInput("=cmd", NOW.plusSeconds(3600), new BigDecimal("10.005"), null, "x".repeat(101), "paid"),
                NOW));

        Map<String, InvalidInputException.FieldProblem> problems = e.problems().stream().collect(Collectors.toMap(
                InvalidInputException.FieldProblem::field, problem -> problem));
        assertEquals("INVALID_INVOICE_NUMBER", problems.get("invoiceNumber").code());
        assertEquals(List.of("=CMD"), problems.get("invoiceNumber").arguments());
        assertEquals("IN_THE_FUTURE", problems.get("purchasedAt").code());
        assertEquals("TOO_MANY_DECIMALS", problems.get("amount").code());
        assertEquals(List.of(2), problems.get("amount").arguments());
        assertEquals("REQUIRED_CHOICE", problems.get("channel").code());
        assertEquals(List.of(100), problems.get("store").arguments());
        assertEquals("NOT_ONE_OF", problems.get("status").code());
        assertEquals(List.of("paid", "COMPLETED, REFUNDED, CANCELLED"), problems.get("status").arguments());
        assertEquals("must be one of COMPLETED, REFUNDED, CANCELLED; got 'paid'", problems.get("status").message(),
                "the API's English sentence is unchanged");
    }

    @Test
    void invoiceNumbers() {
        assertEquals("001-002-000012345", invoice("001-002-000012345"));
        assertEquals("NF-E 000.123.456", invoice("NF-e 000.123.456"));
        assertEquals("A/2026/55#2_B", invoice("a/2026/55#2_b"));
        assertEquals(List.of("REQUIRED"), kinds(problems -> PurchaseRules.invoiceNumber(null, problems::add)));
        assertEquals(List.of("TOO_LONG"), kinds(problems -> PurchaseRules.invoiceNumber("1".repeat(41), problems::add)));
        assertEquals("1".repeat(40), invoice("1".repeat(40)));
        for (String bad : List.of("=HYPERLINK(1)", "-12", "FACTURA Nº 1", "F;1", "F,1", "'1", "FÉ-1")) {
            assertEquals(List.of("MALFORMED"), kinds(problems -> PurchaseRules.invoiceNumber(bad, problems::add)), bad);
        }
    }

    @Test
    void amountsAreMoreThanZeroInCentsAndFitTheColumn() {
        assertEquals(new BigDecimal("0.01"), amount("0.01"));
        assertEquals(new BigDecimal("10.00"), amount("10"));
        assertEquals(new BigDecimal("10.10"), amount("10.1000"), "trailing zeros are not decimals");
        assertEquals(PurchaseRules.MAX_AMOUNT, amount("99999999999999999.99"));
        for (String bad : List.of("0", "-1", "0.00", "1.005", "100000000000000000")) {
            assertEquals(List.of("OUT_OF_RANGE"), kinds(problems -> PurchaseRules.amount(new BigDecimal(bad), problems::add)), bad);
        }
    }

    @Test
    void notInTheFutureBeyondAFewMinutes() {
        Instant soon = NOW.plus(PurchaseRules.FUTURE_TOLERANCE);
        assertEquals(soon, PurchaseRules.purchasedAt(soon, NOW, problem -> {
            throw new AssertionError(problem.toString());
        }));
        assertEquals(List.of("OUT_OF_RANGE"), kinds(problems -> PurchaseRules.purchasedAt(soon.plusSeconds(1), NOW, problems::add)));
        assertEquals(Instant.parse("1999-12-31T23:59:59Z"), PurchaseRules.purchasedAt(Instant.parse("1999-12-31T23:59:59Z"),
                NOW, problem -> {
                    throw new AssertionError(problem.toString());
                }));
    }

    @Test
    void channelsAndStatusesByCodeInAnyCase() {
        assertEquals(PurchaseChannel.PHONE, PurchaseRules.channel(" phone ", problem -> {
            throw new AssertionError(problem.toString());
        }));
        assertEquals(PurchaseStatus.CANCELLED, PurchaseRules.status("Cancelled", problem -> {
            throw new AssertionError(problem.toString());
        }));
        assertEquals(List.of("MALFORMED"), kinds(problems -> PurchaseRules.channel("tienda", problems::add)),
                "Spanish names are the CSV import's business");
    }

    private static String invoice(String text) {
        return PurchaseRules.invoiceNumber(text, problem -> {
            throw new AssertionError(problem.toString());
        });
    }

    private static BigDecimal amount(String text) {
        return PurchaseRules.amount(new BigDecimal(text), problem -> {
            throw new AssertionError(problem.toString());
        }).amount();
    }

    private static List<String> kinds(java.util.function.Consumer<List<PurchaseRules.Problem>> rule) {
        List<PurchaseRules.Problem> problems = new ArrayList<>();
        rule.accept(problems);
        return problems.stream().map(problem -> problem.kind().name()).toList();
    }
}
