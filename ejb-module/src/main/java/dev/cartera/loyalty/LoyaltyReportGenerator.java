package dev.cartera.loyalty;

import java.util.Locale;
import dev.cartera.customers.CustomerExports;
import dev.cartera.customers.export.CustomerExportRow;
import dev.cartera.storage.BlobStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes one month's workbook: the qualifying totals streamed from the database a batch at a time, each batch's
 * customers read in one query through the directory ({@link CustomerExports}), rows into SXSSF, the workbook into
 * a temporary file (its SHA-256 computed on the way), then the file into the blob store with its exact length.
 * The heap holds one batch and SXSSF's window, whatever the number of purchases; the temporary files are deleted
 * whether it succeeds or not.
 */
@ApplicationScoped
public class LoyaltyReportGenerator {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int BATCH = 500;

    @Resource(lookup = "jdbc/cartera")
    DataSource dataSource;

    @Inject
    CustomerExports customers;

    @Inject
    BlobStore blobs;

    /**
     * @param key      where the file goes; nothing is there if this throws
     * @param language what the workbook is written in: one stored file per month, in the company's language
     */
    public GeneratedFile generate(LoyaltyPeriod period, LoyaltyThreshold threshold, String key, String generatedBy,
                                  Instant generatedAt, Locale language) throws IOException, SQLException {
        Path temp = Files.createTempFile("loyalty-" + period.key() + "-", ".xlsx");
        try {
            MessageDigest sha256 = sha256();
            int rows;
            BigDecimal total;
            try (LoyaltyWorkbook workbook = new LoyaltyWorkbook(language)) {
                try (Connection connection = dataSource.getConnection()) {
                    QualifyingTotals.forEachBatch(connection, period, threshold, BATCH, batch -> {
                        Map<Long, CustomerExportRow> found = customers.byIds(batch.stream()
                                .map(QualifyingTotals.Total::customerId).toList());
                        batch.forEach(each -> workbook.add(LoyaltyRow.of(found.get(each.customerId()), each)));
                    });
                }
                try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)),
                        sha256)) {
                    workbook.finish(period, threshold, generatedAt, generatedBy, out);
                }
                rows = workbook.rows();
                total = workbook.total();
            }
            long size = Files.size(temp);
            try (InputStream in = Files.newInputStream(temp)) {
                blobs.put(key, in, size, XLSX);
            }
            return new GeneratedFile(key, size, HexFormat.of().formatHex(sha256.digest()), rows, total, threshold,
                    generatedAt);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
