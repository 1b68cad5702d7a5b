package dev.cartera.benchmarks;

import db.migration.V19__Customer_search_words;
import dev.cartera.customers.CustomerSearch;
import dev.cartera.customers.EmailAddresses;
import dev.cartera.customers.PhoneNumbers;
import dev.cartera.customers.demo.DemoCustomers;
import dev.cartera.customers.demo.DemoCustomers.DemoCustomer;
import dev.cartera.customers.demo.DemoCustomers.Place;
import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
 * Fills the embedded H2 database of a <em>stopped</em> server with N demo customers, fast enough for a million:
 * JDBC batches, a commit every 10,000 rows. Going through {@code POST /api/customers} would take hours (one
 * transaction, one welcome message and one JSON round trip per customer), and the benchmarks that follow
 * measure reading, not registering.
 *
 * <p>The rows are the application's own demo customers ({@link DemoCustomers#next}), normalised as
 * {@code Customer} and {@code CustomerRules} would store them: canonical document number and kind, e-mail
 * normalised, phone in E.164 for the city's country, {@code search_name} folded, then the search words and folded
 * e-mail as the migration V19 writes them for customers stored before it. Unlike the API, no
 * {@code outbound_message} (welcome message) is written. The server must have started once on the data
 * directory, so that Flyway has created the schema and the cities.
 *
 * <p>Arguments: the data directory, the number of customers, and a file to write a lookup sample to:
 * {@value #SAMPLE_HITS} loaded documents picked uniformly (reservoir sampling) and {@value #SAMPLE_MISSES} valid
 * documents that nobody has, one {@code hit|miss,TYPE,NUMBER} per line, for {@link CustomerLookupBenchmark}.
 */
public final class CustomerBulkLoad {

    private static final int SAMPLE_HITS = 2_000;
    private static final int SAMPLE_MISSES = 200;
    private static final long SEED = 20261123L;

    private static final String INSERT = "INSERT INTO customer (document_type, document_number, kind, "
            + "document_province_code, first_name, last_name, legal_name, trade_name, search_name, email, phone, "
            + "address, city_id, country_code, created_at, updated_at, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: CustomerBulkLoad <data dir> <customers> <sample file>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int count = Integer.parseInt(args[1]);
        MachineReport.print();
        try (Connection db = BulkInsert.stoppedServersDatabase(dataDir)) {
            load(db, count, Path.of(args[2]));
        }
        MachineReport.printLoad("after");
    }

    private static void load(Connection db, int count, Path sampleFile) throws SQLException, IOException {
        List<Place> places = places(db);
        Set<String> taken = existingDocuments(db);
        int before = taken.size();
        SplittableRandom random = new SplittableRandom(SEED + before); // a second run adds different customers
        List<String> hits = new ArrayList<>();
        int inserted = 0;
        int duplicates = 0;
        db.setAutoCommit(false);
        BulkInsert rhythm;
        try (PreparedStatement insert = db.prepareStatement(INSERT)) {
            rhythm = new BulkInsert(db, insert, count, "customers");
            while (inserted < count) {
                DemoCustomer customer = DemoCustomers.next(random, places);
                DocumentCheck.Valid document = valid(customer);
                String key = document.type() + "," + document.number();
                if (!taken.add(key)) {
                    duplicates++; // the generator draws random valid numbers: a few collide
                    continue;
                }
                bind(insert, customer, document, places, Instant.now());
                insert.addBatch();
                inserted++;
                // reservoir sampling: every loaded document has the same chance to be in the sample
                if (hits.size() < SAMPLE_HITS) {
                    hits.add(key);
                } else if (random.nextInt(inserted) < SAMPLE_HITS) {
                    hits.set(random.nextInt(SAMPLE_HITS), key);
                }
                rhythm.added(inserted);
            }
        }
        double seconds = rhythm.seconds();
        // the search words and folded e-mail, as the migration writes them for customers stored before it
        long wordsStart = System.nanoTime();
        long searchable = V19__Customer_search_words.fill(db);
        System.out.printf("Search words of %,d customers written in %.1f s%n", searchable,
                (System.nanoTime() - wordsStart) / 1e9);
        writeSample(sampleFile, hits, misses(random, places, taken));
        System.out.printf("Loaded %,d customers in %.1f s (%,.0f rows/s); %,d generated duplicates skipped; "
                + "%,d customers were already there%n", inserted, seconds, inserted / seconds, duplicates, before);
        try (ResultSet total = db.createStatement().executeQuery("SELECT COUNT(*) FROM customer")) {
            total.next();
            System.out.printf("customer rows now: %,d%n", total.getLong(1));
        }
    }

    static DocumentCheck.Valid valid(DemoCustomer customer) {
        DocumentCheck check = DocumentNumbers.check(DocumentTypeCode.valueOf(customer.documentType()),
                customer.documentNumber());
        if (check instanceof DocumentCheck.Valid valid) {
            return valid;
        }
        throw new IllegalStateException("the demo generator made an invalid document: " + check);
    }

    /** The columns as {@code Customer}'s constructor and {@code apply} set them from accepted details. */
    static void bind(PreparedStatement insert, DemoCustomer customer, DocumentCheck.Valid document,
                             List<Place> places, Instant now) throws SQLException {
        var details = customer.details();
        String country = placeOf(places, details.cityId()).country();
        insert.setString(1, document.type().name());
        insert.setString(2, document.number());
        insert.setString(3, document.kind().name());
        insert.setString(4, document.provinceCode().orElse(null));
        insert.setString(5, details.firstName());
        insert.setString(6, details.lastName());
        insert.setString(7, details.legalName());
        insert.setString(8, details.tradeName());
        insert.setString(9, CustomerSearch.searchName(details.firstName(), details.lastName(), details.legalName(),
                details.tradeName(), document.number()));
        insert.setString(10, details.email() == null ? null : EmailAddresses.normalize(details.email()).orElse(null));
        insert.setString(11, details.phone() == null ? null : PhoneNumbers.toE164(details.phone(), country).orElse(null));
        insert.setString(12, details.address());
        insert.setLong(13, details.cityId());
        insert.setString(14, country);
        insert.setTimestamp(15, Timestamp.from(now));
        insert.setTimestamp(16, Timestamp.from(now));
    }

    private static Place placeOf(List<Place> places, long cityId) {
        for (Place place : places) {
            if (place.cityId() == cityId) {
                return place;
            }
        }
        throw new IllegalStateException("no city " + cityId);
    }

    /** The same cities, in the same order, as the server's demo data (DemoDataService.places). */
    static List<Place> places(Connection db) throws SQLException {
        List<Place> places = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery("SELECT c.id, p.country_code, p.code FROM city c "
                + "JOIN province p ON p.id = c.province_id WHERE p.country_code IN ('EC', 'CO') ORDER BY c.id")) {
            while (rows.next()) {
                places.add(new Place(rows.getLong(1), rows.getString(2), rows.getString(3)));
            }
        }
        if (places.isEmpty()) {
            throw new IllegalStateException("no cities: start the server once on this data directory first");
        }
        return places;
    }

    private static Set<String> existingDocuments(Connection db) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (ResultSet rows = db.createStatement().executeQuery("SELECT document_type, document_number FROM customer")) {
            while (rows.next()) {
                keys.add(rows.getString(1) + "," + rows.getString(2));
            }
        }
        return keys;
    }

    /** Valid documents from the same generator that nobody has: lookups that must answer 404. */
    private static List<String> misses(SplittableRandom random, List<Place> places, Set<String> taken) {
        List<String> misses = new ArrayList<>();
        while (misses.size() < SAMPLE_MISSES) {
            DocumentCheck.Valid document = valid(DemoCustomers.next(random, places));
            String key = document.type() + "," + document.number();
            if (!taken.contains(key)) {
                misses.add(key);
            }
        }
        return misses;
    }

    private static void writeSample(Path file, List<String> hits, List<String> misses) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            hits.forEach(key -> out.println("hit," + key));
            misses.forEach(key -> out.println("miss," + key));
        }
    }
}
