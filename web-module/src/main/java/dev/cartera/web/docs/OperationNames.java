package dev.cartera.web.docs;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Names a client generator can use: the scanner takes each Java method's name as its operationId, so seventeen
 * resources give several {@code get} and {@code list}; and it repeats a tag once per class that carries it.
 */
final class OperationNames {

    private OperationNames() {
    }

    /** The Java method's name when no other operation has it, else the name and the resource's ({@code getCustomer}). */
    static String operationId(Endpoint endpoint, Collection<Endpoint> all) {
        Method method = endpoint.javaMethods().get(0);
        var declared = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        if (declared != null && !declared.operationId().isBlank()) {
            return declared.operationId();
        }
        long sameName = all.stream().filter(other -> other.javaMethods().get(0).getName().equals(method.getName())).count();
        return sameName == 1 ? method.getName()
                : method.getName() + endpoint.resource().getSimpleName().replaceFirst("Resource$", "");
    }

    static void name(Operation operation, Endpoint endpoint, Collection<Endpoint> all) {
        operation.operationId(operationId(endpoint, all));
    }

    /** One tag a name, the one with a description, in alphabetical order. */
    static void deduplicateTags(OpenAPI document) {
        if (document.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = document.getTags().stream()
                .sorted(Comparator.comparing(Tag::getName).thenComparing(tag -> tag.getDescription() == null))
                .collect(Collectors.toMap(Tag::getName, Function.identity(), (first, second) -> first, LinkedHashMap::new));
        document.setTags(List.copyOf(byName.values()));
    }
}
