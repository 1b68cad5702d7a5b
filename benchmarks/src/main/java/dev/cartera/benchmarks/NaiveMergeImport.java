package dev.cartera.benchmarks;

import dev.cartera.customers.Customer;
import dev.cartera.customers.CustomerRules;
import dev.cartera.customers.DocumentType;
import dev.cartera.customers.demo.DemoCustomers;
import dev.cartera.customers.demo.DemoCustomers.DemoCustomer;
import dev.cartera.customers.demo.DemoCustomers.Place;
import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.reference.City;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The naive comparison: what most CSV importers do, one transaction with a lookup by the natural key and one
 * {@code em.merge} per row, with the application's own entities and EclipseLink (resource-local, outside the
 * server), into the {@code customer} table of a stopped server's database. The rows are the first N of
 * {@link CustomerImportFile} (same seed, same skipped duplicates); no welcome messages.
 *
 * <p>usage: {@code NaiveMergeImport <data dir> <rows>}
 */
public final class NaiveMergeImport {

    private NaiveMergeImport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: NaiveMergeImport <data dir> <rows>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int rows = Integer.parseInt(args[1]);
        String url = "jdbc:h2:file:" + dataDir.resolve("db/cartera") + ";MODE=MSSQLServer";
        String password = Files.readString(dataDir.resolve("db/password")).trim();
        List<Place> places;
        try (Connection db = DriverManager.getConnection(url, "cartera", password)) {
            places = CustomerBulkLoad.places(db);
        }
        MachineReport.print();
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("cartera", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "cartera",
                "jakarta.persistence.jdbc.password", password,
                "eclipselink.jdbc.batch-writing", "None"));
        SplittableRandom random = new SplittableRandom(CustomerImportFile.SEED);
        Set<String> taken = new HashSet<>(rows * 2);
        long start = System.nanoTime();
        int written = 0;
        EntityManager em = factory.createEntityManager();
        try {
            while (written < rows) {
                DemoCustomer customer = DemoCustomers.next(random, places);
                DocumentCheck.Valid document = CustomerBulkLoad.valid(customer);
                if (!taken.add(document.type() + "," + document.number())) {
                    continue;
                }
                em.getTransaction().begin();
                CustomerRules.Accepted details = CustomerRules.check(document, customer.details(),
                        Optional.ofNullable(em.find(City.class, customer.details().cityId())));
                Optional<Customer> existing = em.createNamedQuery("Customer.byDocument", Customer.class)
                        .setParameter("type", document.type().name()).setParameter("number", document.number())
                        .getResultStream().findFirst();
                if (existing.isPresent()) {
                    existing.get().apply(details, Instant.now());
                    em.merge(existing.get());
                } else {
                    em.merge(new Customer(em.find(DocumentType.class, document.type().name()), document, details,
                            Instant.now()));
                }
                em.getTransaction().commit();
                em.clear();
                written++;
                if (written % 10_000 == 0) {
                    System.out.printf("%,d rows in %.1f s%n", written, (System.nanoTime() - start) / 1e9);
                }
            }
        } finally {
            em.close();
            factory.close();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("naive import, one transaction and one em.merge per row: %,d rows in %.1f s = %,.0f rows/s%n",
                written, seconds, written / seconds);
        MachineReport.printLoad("after");
    }
}
