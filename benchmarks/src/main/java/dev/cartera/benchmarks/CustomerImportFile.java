package dev.cartera.benchmarks;

import dev.cartera.customers.CustomerDetails;
import dev.cartera.customers.demo.DemoCustomers;
import dev.cartera.customers.demo.DemoCustomers.DemoCustomer;
import dev.cartera.customers.demo.DemoCustomers.Place;
import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a customers CSV for the import benchmark: the application's own demo customers ({@link DemoCustomers},
 * seed {@value #SEED}), every document different (a generated document met before is skipped), the city by name
 * with its province code, as an operator's spreadsheet would. The cities come from the database of a stopped
 * server (started once, so Flyway loaded them), in the order the demo data uses.
 *
 * <p>usage: {@code CustomerImportFile <data dir> <rows> <output.csv>}
 */
public final class CustomerImportFile {

    static final long SEED = 20251005L;
    static final String HEADER = "documentType,documentNumber,firstName,lastName,legalName,tradeName,email,phone,"
            + "address,city,province,country";

    private record City(String name, String provinceCode) {
    }

    private CustomerImportFile() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: CustomerImportFile <data dir> <rows> <output.csv>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        List<Place> places = new ArrayList<>();
        Map<Long, City> cities = new HashMap<>();
        try (Connection db = BulkInsert.stoppedServersDatabase(dataDir);
             ResultSet found = db.createStatement().executeQuery("SELECT c.id, p.country_code, p.code, c.name "
                     + "FROM city c JOIN province p ON p.id = c.province_id WHERE p.country_code IN ('EC', 'CO') "
                     + "ORDER BY c.id")) {
            while (found.next()) {
                places.add(new Place(found.getLong(1), found.getString(2), found.getString(3)));
                cities.put(found.getLong(1), new City(found.getString(4), found.getString(3)));
            }
        }
        SplittableRandom random = new SplittableRandom(SEED);
        Set<String> taken = new HashSet<>(rows * 2);
        long start = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            int written = 0;
            while (written < rows) {
                DemoCustomer customer = DemoCustomers.next(random, places);
                DocumentCheck.Valid document = (DocumentCheck.Valid) DocumentNumbers.check(
                        DocumentTypeCode.valueOf(customer.documentType()), customer.documentNumber());
                if (!taken.add(document.type() + "," + document.number())) {
                    continue;
                }
                CustomerDetails d = customer.details();
                City city = cities.get(d.cityId());
                out.write(String.join(",", customer.documentType(), customer.documentNumber(), csv(d.firstName()),
                        csv(d.lastName()), csv(d.legalName()), csv(d.tradeName()), csv(d.email()), csv(d.phone()),
                        csv(d.address()), csv(city.name()), city.provinceCode(), csv(d.country())));
                out.write("\r\n");
                written++;
            }
        }
        System.out.printf("%,d rows, %,d bytes, written in %.1f s%n", rows, Files.size(Path.of(args[2])),
                (System.nanoTime() - start) / 1e9);
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
