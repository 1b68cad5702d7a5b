package dev.cartera.web.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class talks HTTP to a Payara Micro running the WAR of its configuration, shared with every other class
 * of the same configuration: one boot per configuration for the whole run instead of one per class. The base URL
 * goes into the class's {@link Url} field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SharedServerExtension.class)
public @interface SharedServer {

    Class<? extends ServerConfiguration> value() default ServerConfiguration.RealWar.class;

    /** The field that receives the server's base URL (ending in {@code /}). */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Url {
    }
}
