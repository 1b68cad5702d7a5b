package dev.cartera.lending;

import static dev.cartera.lending.LoanStatus.ACTIVE;
import static dev.cartera.lending.LoanStatus.APPROVED;
import static dev.cartera.lending.LoanStatus.CANCELLED;
import static dev.cartera.lending.LoanStatus.DEFAULTED;
import static dev.cartera.lending.LoanStatus.PAID;
import static dev.cartera.lending.LoanStatus.REJECTED;
import static dev.cartera.lending.LoanStatus.REQUESTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.CustomerDocument;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoanStatusTest {

    private static final Instant NOW = Instant.parse("2026-01-15T15:00:00Z");

    @Test
    void theAllowedTransitionsAreExactlyThoseOfTheIssue() {
        assertEquals(EnumSet.of(APPROVED, REJECTED, CANCELLED), REQUESTED.next());
        assertEquals(EnumSet.of(ACTIVE, REJECTED, CANCELLED), APPROVED.next());
        assertEquals(EnumSet.of(PAID, DEFAULTED), ACTIVE.next());
        for (LoanStatus end : Set.of(PAID, REJECTED, CANCELLED, DEFAULTED)) {
            assertTrue(end.isFinal(), end.name());
        }
        int allowed = 0;
        for (LoanStatus from : LoanStatus.values()) {
            for (LoanStatus to : LoanStatus.values()) {
                allowed += from.canMoveTo(to) ? 1 : 0;
            }
            assertFalse(from.canMoveTo(from), from + " to itself");
        }
        assertEquals(8, allowed, "3 + 3 + 2 transitions, nothing else");
    }

    @Test
    void onlyLoansThatNeverMovedMoneyMayBeDeleted() {
        assertEquals(EnumSet.of(REQUESTED, REJECTED, CANCELLED),
                EnumSet.copyOf(java.util.Arrays.stream(LoanStatus.values()).filter(LoanStatus::isDeletable).toList()));
    }

    @Test
    void aLoanWalksTheHappyPath() {
        Loan loan = loan();
        loan.moveTo(APPROVED, NOW);
        loan.moveTo(ACTIVE, NOW);
        loan.moveTo(PAID, NOW);
        assertEquals(PAID, loan.status());
    }

    @Test
    void anIllegalTransitionIsAConflictThatListsTheAllowedOnes() {
        Loan loan = loan();
        var error = assertThrows(ConflictException.class, () -> loan.moveTo(PAID, NOW));
        assertTrue(error.getMessage().contains("allowed from REQUESTED: APPROVED, REJECTED or CANCELLED"), error.getMessage());
        loan.moveTo(REJECTED, NOW);
        error = assertThrows(ConflictException.class, () -> loan.moveTo(APPROVED, NOW));
        assertTrue(error.getMessage().contains("none (REJECTED is final)"), error.getMessage());
    }

    @Test
    void theTermsChangeOnlyWhileRequestedButThePurposeAlways() {
        Loan loan = loan();
        LoanTerms longer = LoanTerms.check(new BigDecimal("1000"), "usd", new BigDecimal("10"), 24, LocalDate.of(2026, 2, 1));
        assertTrue(loan.revise(longer, "Taxi", NOW));
        assertEquals(24, loan.termMonths());
        assertEquals(LoanCurrency.USD, loan.currency());
        loan.moveTo(APPROVED, NOW);
        LoanTerms shorter = LoanTerms.check(new BigDecimal("1000"), "USD", new BigDecimal("10"), 12, LocalDate.of(2026, 2, 1));
        assertThrows(ConflictException.class, () -> loan.revise(shorter, "Taxi", NOW));
        assertTrue(loan.revise(longer, "Taxi amarillo", NOW), "the same terms, another purpose");
        assertFalse(loan.revise(longer, "Taxi amarillo", NOW));
        assertFalse(loan.revise(new LoanTerms(new Money(new BigDecimal("1000.0"), "USD"), new BigDecimal("10.00"), 24,
                LocalDate.of(2026, 2, 1)), "Taxi amarillo", NOW), "the same amounts at another scale");
        assertThrows(ConflictException.class, loan::checkDeletable);
    }

    @Test
    void termsAreCheckedAllAtOnce() {
        var error = assertThrows(dev.cartera.shared.InvalidInputException.class, () -> LoanTerms.check(
                new BigDecimal("-1"), "EUR", new BigDecimal("100.00001"), 361, null));
        assertEquals(Set.of("principal", "currency", "annualRate", "termMonths", "startDate"),
                Set.copyOf(error.problems().stream().map(p -> p.field()).toList()));
        assertThrows(dev.cartera.shared.InvalidInputException.class, () -> LoanTerms.check(
                new BigDecimal("10.001"), "COP", new BigDecimal("12.12345"), 12, LocalDate.now()));
        LoanTerms terms = LoanTerms.check(new BigDecimal("10"), " cop ", new BigDecimal("0"), 360, LocalDate.now());
        assertEquals(new BigDecimal("10.00"), terms.principal().amount());
        assertEquals(new BigDecimal("0.0000"), terms.annualRate());
    }

    @Test
    void anImportWalksALoanThroughEveryStepToTheStatusOfTheFile() {
        assertEquals(Optional.of(List.of(APPROVED, ACTIVE, PAID)), REQUESTED.pathTo(PAID));
        assertEquals(Optional.of(List.of(APPROVED, ACTIVE, DEFAULTED)), REQUESTED.pathTo(DEFAULTED));
        assertEquals(Optional.of(List.of(CANCELLED)), APPROVED.pathTo(CANCELLED));
        assertEquals(Optional.of(List.of()), ACTIVE.pathTo(ACTIVE));
        assertEquals(Optional.empty(), ACTIVE.pathTo(REQUESTED), "no step back");
        assertEquals(Optional.empty(), PAID.pathTo(DEFAULTED), "nothing after a final status");
        for (LoanStatus target : LoanStatus.values()) {
            assertTrue(REQUESTED.pathTo(target).isPresent(), "a new loan can be imported in any status: " + target);
        }

        Loan loan = loan();
        assertTrue(loan.walkTo(PAID, NOW));
        assertEquals(PAID, loan.status());
        assertFalse(loan.walkTo(PAID, NOW));
        assertThrows(ConflictException.class, () -> loan.walkTo(ACTIVE, NOW));
    }

    private static Loan loan() {
        return new Loan(1, new CustomerDocument("CI", "1714307103"), LoanTerms.check(new BigDecimal("1000"), "USD",
                new BigDecimal("10"), 12, LocalDate.of(2026, 2, 1)), "Taxi", NOW);
    }
}
