package dev.cartera.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR the build produced, deployed at the root context as ROOT.war. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive cartera() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("cartera.war")))
                .as(WebArchive.class);
    }

    /**
     * The real WAR with some configuration overridden, the way an operator would with environment variables;
     * the properties outrank the defaults shipped in the EJB jar.
     */
    public static WebArchive carteraWith(String properties) {
        return cartera().addAsResource(new StringAsset("config_ordinal=500\n" + properties),
                "META-INF/microprofile-config.properties");
    }
}
