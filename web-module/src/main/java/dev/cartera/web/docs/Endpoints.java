package dev.cartera.web.docs;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every operation the resources answer, read from their JAX-RS annotations, by {@link Endpoint#key()}. */
public final class Endpoints {

    /** The application's {@code @ApplicationPath}. */
    static final String ROOT = "/api";

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
            GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE",
            PATCH.class, "PATCH", HEAD.class, "HEAD", OPTIONS.class, "OPTIONS");

    private Endpoints() {
    }

    public static Map<String, Endpoint> of(List<Class<?>> resources) {
        Map<String, List<Method>> methods = new TreeMap<>();
        Map<String, Class<?>> owners = new TreeMap<>();
        for (Class<?> resource : resources) {
            Arrays.stream(resource.getMethods()).sorted(Comparator.comparing(Method::getName)).forEach(method ->
                    httpMethod(method).ifPresent(http -> {
                        String key = http + " " + path(resource, method);
                        methods.computeIfAbsent(key, k -> new ArrayList<>()).add(method);
                        owners.putIfAbsent(key, resource);
                    }));
        }
        return methods.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> {
            String[] methodAndPath = entry.getKey().split(" ", 2);
            return new Endpoint(methodAndPath[0], methodAndPath[1], owners.get(entry.getKey()), List.copyOf(entry.getValue()));
        }, (a, b) -> a, TreeMap::new));
    }

    public static Map<String, Endpoint> all() {
        return of(ResourceClasses.ALL);
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).map(a -> METHODS.get(a.annotationType()))
                .filter(java.util.Objects::nonNull).findFirst();
    }

    private static String path(Class<?> resource, Method method) {
        return Stream.of(ROOT, segment(resource.getAnnotation(Path.class)), segment(method.getAnnotation(Path.class)))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("/"));
    }

    private static String segment(Path path) {
        return path == null ? "" : path.value().replaceAll("^/+|/+$", "");
    }
}
