package dev.cartera.web.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link ResourceClasses} names every JAX-RS resource the WAR holds, so the document filter and its tests miss none. */
class ResourceClassesTest {

    @Test
    void namesEveryPathClassOfTheWebModule() throws IOException, URISyntaxException {
        var classes = java.nio.file.Path.of(ResourceClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> found;
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            found = files.filter(file -> file.toString().endsWith(".class") && !file.getFileName().toString().contains("$"))
                    .map(file -> classes.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceFirst("\\.class$", ""))
                    .map(ResourceClassesTest::load)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(found, ResourceClasses.ALL.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceClassesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
