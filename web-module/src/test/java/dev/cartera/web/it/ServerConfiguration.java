package dev.cartera.web.it;

import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What a shared server deploys. Test classes naming the same configuration class share one Payara Micro for the
 * whole run; a configuration with a public no-argument constructor, built once when its first class starts.
 */
public interface ServerConfiguration {

    WebArchive archive() throws Exception;

    /** The real WAR the build produced, unchanged: most test classes run against it. */
    final class RealWar implements ServerConfiguration {
        @Override
        public WebArchive archive() {
            return Deployments.cartera();
        }
    }
}
