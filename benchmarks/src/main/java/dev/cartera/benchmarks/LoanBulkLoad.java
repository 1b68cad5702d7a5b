package dev.cartera.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills the embedded H2 database of a <em>stopped</em> server with N loans over the customers already there (load
 * them first with {@link CustomerBulkLoad}): JDBC batches of 1,000, a commit every 10,000, each row as {@code Loan}
 * stores it. A loan has no child rows (its schedule is computed from the terms), so the {@code loan} table is all.
 *
 * <ul>
 *   <li>the customer uniformly at random, with their document type and number copied as {@code Loan} copies them;</li>
 *   <li>terms as the demo loans draw them ({@code DemoLoans}): a quarter in USD (500 to 20,450, in steps of 50), the
 *       rest in COP (1,000,000 to 50,750,000, in steps of 250,000), a rate of 8.00 to 29.99 % (4 decimals), 6 to 60
 *       months; the start date 0 to 30 days after the request, in the company's zone;</li>
 *   <li>requested over the last {@value #YEARS} years in id order ({@code created_at} grows with the id, as the
 *       application writes it), and in the status such a loan would be in today: a fresh request still
 *       {@code REQUESTED} or {@code APPROVED}, some {@code REJECTED} or {@code CANCELLED}, the rest {@code ACTIVE}
 *       until their last instalment, then mostly {@code PAID}, a few {@code DEFAULTED};</li>
 *   <li>{@code status_changed_at} and {@code updated_at} when the last move happened (never after now), and the
 *       {@code version} EclipseLink would have written: 1 on insert, one more for each move after it;</li>
 *   <li>a purpose from the demo loans' list, or none for one loan in five.</li>
 * </ul>
 *
 * <p>Arguments: the data directory and the number of loans.
 */
public final class LoanBulkLoad {

    private static final long SEED = 20261205L;
    private static final int YEARS = 6;
    private static final ZoneId COMPANY_ZONE = ZoneId.of("America/Guayaquil");
    private static final int[] TERMS = {6, 12, 18, 24, 36, 48, 60};
    private static final String[] PURPOSES = {"Capital de trabajo", "Compra de vehículo", "Mejoras del hogar",
            "Educación", "Compra de mercadería", "Consolidación de deudas", "Maquinaria agrícola"};
    private static final String INSERT = "INSERT INTO loan (customer_id, customer_document_type, "
            + "customer_document_number, principal, currency, annual_rate, term_months, start_date, status, purpose, "
            + "status_changed_at, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private record Borrower(long id, String documentType, String documentNumber) {
    }

    /** Where a generated loan stands today: its status, when it got there, and how many moves after its insert. */
    private record Standing(String status, Instant changedAt, int movesAfterInsert) {
    }

    private LoanBulkLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LoanBulkLoad <data dir> <loans>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int count = Integer.parseInt(args[1]);
        MachineReport.print();
        try (Connection db = BulkInsert.stoppedServersDatabase(dataDir)) {
            load(db, count);
        }
        MachineReport.printLoad("after");
    }

    private static void load(Connection db, int count) throws SQLException {
        List<Borrower> borrowers = borrowers(db);
        SplittableRandom random = new SplittableRandom(SEED);
        Instant now = Instant.now();
        Instant first = now.minus(Duration.ofDays(365L * YEARS));
        long spanMillis = now.toEpochMilli() - first.toEpochMilli();
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        db.setAutoCommit(false);
        BulkInsert rhythm;
        try (PreparedStatement insert = db.prepareStatement(INSERT)) {
            rhythm = new BulkInsert(db, insert, count, "loans");
            for (int i = 1; i <= count; i++) {
                Borrower borrower = borrowers.get(random.nextInt(borrowers.size()));
                // requested in id order, evenly over the years, each one a little after the one before
                Instant created = Instant.ofEpochMilli(first.toEpochMilli() + spanMillis * (i - 1) / count
                        + random.nextLong(Math.max(1, spanMillis / count)));
                boolean dollars = random.nextInt(4) == 0;
                BigDecimal principal = dollars ? BigDecimal.valueOf(500L + random.nextInt(400) * 50L)
                        : BigDecimal.valueOf(1_000_000L + random.nextInt(200) * 250_000L);
                BigDecimal rate = BigDecimal.valueOf(800 + random.nextInt(2200), 2).setScale(4);
                int termMonths = TERMS[random.nextInt(TERMS.length)];
                LocalDate startDate = LocalDate.ofInstant(created, COMPANY_ZONE).plusDays(random.nextInt(31));
                Standing standing = standing(random, created, startDate, termMonths, now);
                statuses.merge(standing.status(), 1, Integer::sum);
                insert.setLong(1, borrower.id());
                insert.setString(2, borrower.documentType());
                insert.setString(3, borrower.documentNumber());
                insert.setBigDecimal(4, principal.setScale(2));
                insert.setString(5, dollars ? "USD" : "COP");
                insert.setBigDecimal(6, rate);
                insert.setInt(7, termMonths);
                insert.setObject(8, startDate);
                insert.setString(9, standing.status());
                insert.setString(10, random.nextInt(5) == 0 ? null : PURPOSES[random.nextInt(PURPOSES.length)]);
                insert.setObject(11, utc(standing.changedAt()));
                insert.setObject(12, utc(created));
                insert.setObject(13, utc(standing.changedAt()));
                insert.setLong(14, 1 + standing.movesAfterInsert());
                insert.addBatch();
                rhythm.added(i);
            }
        }
        double seconds = rhythm.seconds();
        System.out.printf("Loaded %,d loans over %,d customers in %.1f s (%,.0f rows/s); by status: %s%n", count,
                borrowers.size(), seconds, count / seconds, statuses);
        try (ResultSet total = db.createStatement().executeQuery("SELECT COUNT(*) FROM loan")) {
            total.next();
            System.out.printf("loan rows now: %,d%n", total.getLong(1));
        }
    }

    /**
     * The status a loan requested at {@code created} would be in at {@code now}, along the transitions the
     * application allows: a decision within 10 days of the request, the money out on the start date, the last
     * instalment {@code termMonths} later; a default somewhere in between.
     */
    private static Standing standing(SplittableRandom random, Instant created, LocalDate startDate, int termMonths,
                                     Instant now) {
        Instant decided = created.plus(Duration.ofMinutes(30 + random.nextInt(10 * 24 * 60)));
        Instant disbursed = max(decided, startDate.atTime(LocalTime.of(9, 0)).atZone(COMPANY_ZONE).toInstant());
        Instant lastInstalment = startDate.plusMonths(termMonths).atTime(LocalTime.of(17, 0))
                .atZone(COMPANY_ZONE).toInstant();
        int roll = random.nextInt(100);
        if (decided.isAfter(now)) { // not decided yet
            return new Standing(roll < 10 ? "CANCELLED" : "REQUESTED", roll < 10 ? between(random, created, now)
                    : created, roll < 10 ? 1 : 0);
        }
        if (roll < 8) {
            return new Standing("REJECTED", decided, 1);
        }
        if (roll < 12) {
            return new Standing("CANCELLED", decided, 1);
        }
        if (disbursed.isAfter(now)) {
            return new Standing("APPROVED", decided, 1);
        }
        if (roll < 18) { // stopped paying somewhere between the start and the last instalment
            Instant defaulted = between(random, disbursed, lastInstalment);
            if (!defaulted.isAfter(now)) {
                return new Standing("DEFAULTED", defaulted, 3);
            }
        }
        return lastInstalment.isAfter(now) ? new Standing("ACTIVE", disbursed, 2)
                : new Standing("PAID", lastInstalment, 3);
    }

    private static Instant between(SplittableRandom random, Instant from, Instant to) {
        long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        return Instant.ofEpochMilli(from.toEpochMilli() + random.nextLong(span));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** An instant as the application stores it ({@code -Duser.timezone=UTC}): its UTC wall clock. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static List<Borrower> borrowers(Connection db) throws SQLException {
        List<Borrower> borrowers = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery(
                "SELECT id, document_type, document_number FROM customer ORDER BY id")) {
            while (rows.next()) {
                borrowers.add(new Borrower(rows.getLong(1), rows.getString(2), rows.getString(3)));
            }
        }
        if (borrowers.isEmpty()) {
            throw new IllegalStateException("no customers: load them first with CustomerBulkLoad");
        }
        return borrowers;
    }
}
