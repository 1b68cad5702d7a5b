package dev.cartera.web.it;

import java.util.Comparator;
import java.util.Optional;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes of one server configuration one after another, so that each configuration boots once.
 * Classes that start their own server (Arquillian's in-container tests, the restart test) come first, while no
 * shared server holds the data directory's database. Set for failsafe in web-module's pom.
 */
public class ServersInTurn implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor each) -> configuration(each).orElse(""))
                .thenComparing(each -> each.getTestClass().getName()));
    }

    private static Optional<String> configuration(ClassDescriptor descriptor) {
        return descriptor.findAnnotation(SharedServer.class).map(shared -> shared.value().getName());
    }
}
