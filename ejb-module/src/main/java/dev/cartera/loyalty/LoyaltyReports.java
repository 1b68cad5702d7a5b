package dev.cartera.loyalty;

import dev.cartera.shared.ConflictException;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The report rows. Every change of a generation's state commits on its own (REQUIRES_NEW), so another instance
 * sees a claim at once, and a claim is never held open for the minutes a generation may take.
 */
@Stateless
public class LoyaltyReports {


    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What a claim got: the report as it now is, and the lease when this caller is to generate it. */
    public record Claim(LoyaltyReport report, String generationId) {
        public boolean won() {
            return generationId != null;
        }
    }

    /** What a completion replaced. */
    public record Completed(LoyaltyReport report, String previousKey) {
    }

    public Optional<LoyaltyReport> find(String period) {
        return em.createNamedQuery("LoyaltyReport.byPeriod", LoyaltyReport.class).setParameter("period", period)
                .getResultStream().findFirst();
    }

    public Page<LoyaltyReport> page(PageRequest request) {
        return LoyaltyReportService.LIST.page(em, LoyaltyReport.class, request, List.of());
    }

    /**
     * Claims the month for a generation, or says who has it. A month nobody asked for gets its row here, and
     * the unique key on the period decides between two instances inserting it at once; taking over a FAILED
     * report, a READY one to regenerate, or a generation past {@code timeout} is decided by the row's version.
     *
     * @throws ConflictException when another caller won that race; reading the month again shows its claim
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claim claim(LoyaltyPeriod period, LoyaltyThreshold threshold, String user, boolean regenerate,
                       Duration timeout) {
        Instant now = clock.instant();
        String generationId = UUID.randomUUID().toString();
        Optional<LoyaltyReport> existing = find(period.key());
        try {
            if (existing.isEmpty()) {
                LoyaltyReport report = new LoyaltyReport(period.key(), generationId, threshold, user, now);
                em.persist(report);
                em.flush();
                return new Claim(report, generationId);
            }
            LoyaltyReport report = existing.get();
            if (!report.mayStart(regenerate, now.minus(timeout))) {
                return new Claim(report, null);
            }
            report.start(generationId, threshold, user, now);
            em.flush();
            return new Claim(report, generationId);
        } catch (PersistenceException e) {
            throw ConflictException.of("problem.loyalty.claimed", period.key());
        }
    }

    /**
     * Makes the file the report's, if the lease is still this generation's.
     *
     * @throws ConflictException when the generation was presumed dead and taken over meanwhile
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Completed complete(String period, String generationId, GeneratedFile file) {
        LoyaltyReport report = leased(period, generationId);
        String previous = report.complete(file);
        em.flush();
        return new Completed(report, previous);
    }

    /** Records a failed generation, if the lease is still its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(String period, String generationId, String message) {
        find(period).filter(report -> report.runs(generationId)).ifPresent(report -> report.fail(message));
    }

    private LoyaltyReport leased(String period, String generationId) {
        return find(period).filter(report -> report.runs(generationId)).orElseThrow(() -> ConflictException.of(
                "problem.loyalty.overtaken", String.valueOf(period)));
    }
}
