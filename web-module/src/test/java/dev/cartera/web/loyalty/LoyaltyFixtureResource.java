package dev.cartera.web.loyalty;

import dev.cartera.identity.Roles;
import dev.cartera.purchases.Purchase;
import dev.cartera.purchases.PurchaseChannel;
import dev.cartera.purchases.PurchaseDetails;
import dev.cartera.purchases.PurchaseStatus;
import dev.cartera.shared.Money;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Test-only endpoints, added to the test server's WAR by
 * {@link dev.cartera.web.it.TestConfiguration} for {@link LoyaltyReportIT} and shipped nowhere else: they
 * write purchases straight into the database (there is no purchases API yet) and sum a month with their own SQL,
 * independent of the report's code.
 */
@Path("test-fixtures/purchases")
@RequestScoped
@DenyAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoyaltyFixtureResource {

    @PersistenceContext
    EntityManager em;

    public record NewPurchase(long customerId, Instant purchasedAt, BigDecimal amount, String status) {
    }

    public record CustomerSum(long customerId, long purchases, BigDecimal total) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public int add(List<NewPurchase> purchases) {
        Instant now = Instant.now();
        purchases.forEach(each -> em.persist(new Purchase(each.customerId(), "IT-" + UUID.randomUUID(),
                new PurchaseDetails(each.purchasedAt(), Money.cop(each.amount()), PurchaseChannel.STORE, "Tienda de prueba",
                        PurchaseStatus.valueOf(each.status())), now)));
        return purchases.size();
    }

    /** Every customer's COMPLETED sum in [from, to), whatever the threshold: the test applies it. */
    @GET
    @Path("sums")
    @RolesAllowed(Roles.ADMIN)
    @SuppressWarnings("unchecked")
    public List<CustomerSum> sums(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<Object[]> rows = em.createNativeQuery("SELECT customer_id, COUNT(id), SUM(amount) FROM purchase"
                        + " WHERE status = 'COMPLETED' AND purchased_at >= ?1 AND purchased_at < ?2 GROUP BY customer_id")
                .setParameter(1, LocalDateTime.ofInstant(Instant.parse(from), ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(Instant.parse(to), ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(row -> new CustomerSum(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                new BigDecimal(row[2].toString()))).toList();
    }
}
