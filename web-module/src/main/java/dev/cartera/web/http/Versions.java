package dev.cartera.web.http;

import dev.cartera.web.problems.InvalidParameterException;
import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;

/** Optimistic locking over HTTP: an entity's {@code @Version} is its ETag, and If-Match sends it back. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * The version the client says it last read: from If-Match when present (ignoring {@code *}), else from the
     * body's {@code version} field, else none.
     */
    public static OptionalLong expected(String ifMatch, Long fromBody) {
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
            String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
            try {
                return OptionalLong.of(Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw InvalidParameterException.of("If-Match", "param.ifMatch");
            }
        }
        return fromBody == null ? OptionalLong.empty() : OptionalLong.of(fromBody);
    }
}
