package dev.cartera.web.docs;

import dev.cartera.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of the API as its Java methods declare it ({@code POST /api/picture/{petId}} has two, one per
 * media type): what the document filter needs to know that the server's scanner does not write down, namely who
 * may call it, which inputs it reads and the Java types of its path parameters.
 */
public record Endpoint(String method, String path, Class<?> resource, List<Method> javaMethods) {

    private static final Set<String> EVERY_ROLE = Set.of(Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER);

    /** {@code GET /api/customers/{id}}: how the document and the tests name an operation. */
    public String key() {
        return method + " " + path;
    }

    public boolean isPublic() {
        return javaMethods.stream().allMatch(m -> m.isAnnotationPresent(PermitAll.class));
    }

    /** Whether some signed-in users are refused: the roles allowed are not all of them. */
    public boolean isRestricted() {
        Set<String> roles = new LinkedHashSet<>();
        javaMethods.forEach(m -> Optional.ofNullable(m.getAnnotation(RolesAllowed.class))
                .ifPresent(allowed -> roles.addAll(Arrays.asList(allowed.value()))));
        return !isPublic() && !roles.containsAll(EVERY_ROLE);
    }

    public boolean hasPathParameters() {
        return parameters().anyMatch(p -> p.isAnnotationPresent(PathParam.class));
    }

    /** Query, form or header parameters, a {@code @BeanParam} or a body: anything a client can get wrong. */
    public boolean readsInput() {
        return parameters().anyMatch(p -> p.isAnnotationPresent(QueryParam.class) || p.isAnnotationPresent(BeanParam.class)
                || p.isAnnotationPresent(FormParam.class) || p.isAnnotationPresent(HeaderParam.class) || isBody(p));
    }

    public boolean readsBody() {
        return parameters().anyMatch(p -> p.isAnnotationPresent(FormParam.class) || isBody(p));
    }

    /** The Java type of a path parameter, if the operation has one by that name. */
    public Optional<Class<?>> pathParameterType(String name) {
        return parameters().filter(p -> p.isAnnotationPresent(PathParam.class) && p.getAnnotation(PathParam.class).value().equals(name))
                .<Class<?>>map(Parameter::getType).findFirst();
    }

    /** Whether a query parameter must be given: Bean Validation says it may not be null or blank. */
    public boolean requiresQueryParameter(String name) {
        return parameters().anyMatch(p -> p.isAnnotationPresent(QueryParam.class)
                && p.getAnnotation(QueryParam.class).value().equals(name)
                && (p.isAnnotationPresent(NotNull.class) || p.isAnnotationPresent(NotBlank.class) || p.isAnnotationPresent(NotEmpty.class)));
    }

    private java.util.stream.Stream<Parameter> parameters() {
        return javaMethods.stream().flatMap(m -> Arrays.stream(m.getParameters()));
    }

    private static boolean isBody(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType).noneMatch(type ->
                type == PathParam.class || type == QueryParam.class || type == HeaderParam.class || type == Context.class
                        || type == BeanParam.class || type == FormParam.class || type == CookieParam.class
                        || type == MatrixParam.class);
    }
}
