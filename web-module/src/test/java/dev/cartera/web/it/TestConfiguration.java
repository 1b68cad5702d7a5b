package dev.cartera.web.it;

import dev.cartera.web.loyalty.LoyaltyFixtureResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real WAR with the small limits, short chunks, fast timer and test-only endpoints that the imports, pets and
 * loyalty tests need, merged into one server: no setting here is one another of those classes relies on the
 * default of (the picture limit and the upload limit bound different endpoints; the loyalty timer only writes last
 * month's report, which only {@code LoyaltyReportIT} reads).
 */
public final class TestConfiguration implements ServerConfiguration {

    /** The largest CSV upload: small, so that the 413 paths are cheap to reach. */
    public static final int IMPORTS_MAX_BYTES = 200_000;

    /** The largest pet picture. */
    public static final int PICTURE_MAX_BYTES = 1_000_000;

    @Override
    public WebArchive archive() {
        return Deployments.carteraWith(String.join("\n",
                "cartera.imports.max-bytes=" + IMPORTS_MAX_BYTES,
                // chunks of 2 rows: every sample file spans several chunks
                "cartera.imports.chunk-size=2",
                "cartera.pethotel.picture.max-bytes=" + PICTURE_MAX_BYTES,
                // the loyalty timer also fires every 3 seconds, so its path runs within the test
                "cartera.loyalty.test-schedule=*/3 * * * * *", ""))
                .addClasses(LoyaltyFixtureResource.class);
    }
}
