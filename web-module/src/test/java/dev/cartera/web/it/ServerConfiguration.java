package dev.cartera.web.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What a shared server deploys. Test classes naming the same configuration class share one Payara Micro for the
 * whole run; a configuration with a public no-argument constructor, built once when its first class starts.
 */
public interface ServerConfiguration {

    WebArchive archive() throws Exception;

    /**
     * The real WAR the build produced: most test classes run against it. Unchanged but for one setting, in a jar of
     * its own beside the WAR's: loopback is trusted as a reverse proxy, so a test can play other clients with
     * X-Forwarded-For (the login throttling tells clients apart by address); requests without it still come from
     * loopback, as before.
     */
    final class RealWar implements ServerConfiguration {
        @Override
        public WebArchive archive() {
            return Deployments.cartera().addAsLibrary(ShrinkWrap.create(JavaArchive.class, "it-config.jar")
                    .addAsResource(new StringAsset("config_ordinal=500\ncartera.http.trusted-proxies=127.0.0.1,::1\n"),
                            "META-INF/microprofile-config.properties"));
        }
    }
}
