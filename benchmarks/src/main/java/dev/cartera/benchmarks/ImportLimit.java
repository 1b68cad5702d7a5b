package dev.cartera.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import db.migration.V19__Customer_search_words;
import dev.cartera.customers.CustomerSearch;
import dev.cartera.customers.EmailAddresses;
import dev.cartera.customers.demo.DemoCustomers;
import dev.cartera.customers.demo.DemoCustomers.DemoCustomer;
import dev.cartera.customers.demo.DemoCustomers.Place;
import dev.cartera.customers.documents.DocumentCheck;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What this database can write of an import, with no application in the way: the rows {@link CustomerImportFile}
 * writes (same seed, same skipped duplicates), normalised as {@link CustomerBulkLoad} does, inserted by plain JDBC
 * into the real, empty tables of a stopped server's database, in one pass, as the import writes them: a chunk of
 * {@value #CHUNK} customers (the import's {@code cartera.imports.chunk-size}) in one batch, then their name and
 * e-mail search words, then a welcome message each (a subject and body of the template's length), and one commit
 * per chunk. No validation, no archive, no job counts, no sending.
 *
 * <p>Until 2026-12-06 the limit wrote the customers alone into a copy of the table of 2026-10 (no search columns,
 * no words, no messages), and the search words were measured by the bulk loader's second pass, which also
 * rewrote every customer for its folded e-mail: neither was what an import writes.
 *
 * <p>usage: {@code ImportLimit <data dir> <rows> [without-words | without-messages]}: the last argument leaves
 * the search words or the welcome messages out, to show what each costs the rest.
 */
public final class ImportLimit {

    static final int CHUNK = 500;

    static final String CUSTOMER = "INSERT INTO customer (document_type, document_number, kind, "
            + "document_province_code, first_name, last_name, legal_name, trade_name, search_name, email, phone, "
            + "address, city_id, country_code, created_at, updated_at, version, email_search) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";
    private static final String MESSAGE = "INSERT INTO outbound_message (customer_id, channel, recipient, subject, "
            + "body, status, created_at, attempts, version) VALUES (?, 'EMAIL', ?, ?, ?, ?, ?, 0, 0)";
    /** About the length of the welcome template's body in Spanish (271 characters on average). */
    private static final String BODY = "Le damos la más cordial bienvenida. Su registro con su documento quedó "
            + "completo y ya puede acercarse a cualquiera de nuestras oficinas para solicitar un crédito o consultar "
            + "sus compras. Si usted no se registró, responda a este mensaje y lo revisaremos de inmediato.";

    /** A generated customer taken into the chunk, with its document and e-mail as normalised once. */
    record Accepted(DemoCustomer customer, DocumentCheck.Valid document, String email) {
    }

    private ImportLimit() {
    }

    public static void main(String[] args) throws Exception {
        String leftOut = args.length == 3 ? args[2] : "";
        if (args.length < 2 || args.length > 3 || !Set.of("", "without-words", "without-messages").contains(leftOut)) {
            System.err.println("usage: ImportLimit <data dir> <rows> [without-words | without-messages]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int rows = Integer.parseInt(args[1]);
        boolean withWords = !leftOut.equals("without-words");
        boolean withMessages = !leftOut.equals("without-messages");
        MachineReport.print();
        try (Connection db = BulkInsert.stoppedServersDatabase(dataDir)) {
            requireNoCustomers(db);
            List<Place> places = CustomerBulkLoad.places(db);
            SplittableRandom random = new SplittableRandom(CustomerImportFile.SEED);
            Set<String> taken = new HashSet<>(rows * 2);
            db.setAutoCommit(false);
            var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            long words = 0;
            int written = 0;
            try (PreparedStatement customers = db.prepareStatement(CUSTOMER, new String[] {"id"});
                 PreparedStatement nameWords = db.prepareStatement(
                         "INSERT INTO customer_name_word (customer_id, word) VALUES (?, ?)");
                 PreparedStatement emailWords = db.prepareStatement(
                         "INSERT INTO customer_email_word (customer_id, word) VALUES (?, ?)");
                 PreparedStatement messages = db.prepareStatement(MESSAGE)) {
                while (written < rows) {
                    List<Accepted> chunk = new ArrayList<>(CHUNK);
                    Instant now = Instant.now();
                    while (chunk.size() < CHUNK && written + chunk.size() < rows) {
                        Accepted accepted = addNext(customers, random, places, taken, now);
                        if (accepted != null) {
                            chunk.add(accepted);
                        }
                    }
                    customers.executeBatch();
                    List<Long> ids = generatedIds(customers, chunk.size());
                    for (int i = 0; i < chunk.size(); i++) {
                        var details = chunk.get(i).customer().details();
                        String email = chunk.get(i).email();
                        if (withWords) {
                            words += add(nameWords, ids.get(i), CustomerSearch.nameWords(details.firstName(),
                                    details.lastName(), details.legalName(), details.tradeName(),
                                    chunk.get(i).document().number()));
                            words += add(emailWords, ids.get(i), CustomerSearch.emailWords(email));
                        }
                        if (withMessages) {
                            addMessage(messages, ids.get(i), details.firstName() + " " + details.lastName(), email,
                                    now);
                        }
                    }
                    nameWords.executeBatch();
                    emailWords.executeBatch();
                    messages.executeBatch();
                    db.commit();
                    written += chunk.size();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
            System.out.printf("JDBC, one pass, a commit per %d: %,d customers, %,d search words and %,d welcome "
                    + "messages in %.1f s = %,.0f customers/s; CPU %.1f s (H2's threads included), %.0f µs a "
                    + "customer%n", CHUNK, written, words, withMessages ? written : 0, seconds, written / seconds, cpuSeconds,
                    cpuSeconds * 1e6 / written);
        }
        MachineReport.printLoad("after");
    }

    /**
     * The generator's next customer added to the batch of {@link #CUSTOMER}, as the import writes it; null, and
     * nothing added, for a document already taken.
     */
    static Accepted addNext(PreparedStatement customers, SplittableRandom random, List<Place> places,
                            Set<String> taken, Instant now) throws SQLException {
        DemoCustomer customer = DemoCustomers.next(random, places);
        DocumentCheck.Valid document = CustomerBulkLoad.valid(customer);
        if (!taken.add(document.type() + "," + document.number())) {
            return null;
        }
        CustomerBulkLoad.bind(customers, customer, document, places, now);
        String email = email(customer);
        customers.setString(17, email == null ? null : CustomerSearch.emailSearch(email));
        customers.addBatch();
        return new Accepted(customer, document, email);
    }

    private static void requireNoCustomers(Connection db) throws SQLException {
        try (ResultSet count = db.createStatement().executeQuery("SELECT COUNT(*) FROM customer")) {
            count.next();
            if (count.getLong(1) > 0) {
                throw new IllegalStateException("the limit is measured into an empty directory: this one has "
                        + count.getLong(1) + " customers");
            }
        }
    }

    private static String email(DemoCustomer customer) {
        String email = customer.details().email();
        return email == null ? null : EmailAddresses.normalize(email).orElse(null);
    }

    private static List<Long> generatedIds(PreparedStatement insert, int expected) throws SQLException {
        List<Long> ids = new ArrayList<>(expected);
        try (ResultSet keys = insert.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
        if (ids.size() != expected) {
            throw new IllegalStateException(expected + " customers inserted, " + ids.size() + " ids returned");
        }
        return ids;
    }

    private static int add(PreparedStatement insert, long customerId, Set<String> words) throws SQLException {
        V19__Customer_search_words.add(insert, customerId, words);
        return words.size();
    }

    private static void addMessage(PreparedStatement insert, long customerId, String name, String email, Instant now)
            throws SQLException {
        insert.setLong(1, customerId);
        insert.setString(2, email);
        insert.setString(3, "¡Bienvenido a Cartera, " + name + "!");
        insert.setString(4, "Estimado/a " + name + ":\n\n" + BODY);
        insert.setString(5, email == null ? "NO_RECIPIENT" : "PENDING");
        insert.setTimestamp(6, Timestamp.from(now));
        insert.addBatch();
    }
}
