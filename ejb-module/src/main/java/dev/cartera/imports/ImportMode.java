package dev.cartera.imports;

import java.util.Arrays;
import java.util.Optional;

/** {@code apply} writes; {@code dry-run} validates and reports what would happen without writing. */
public enum ImportMode {
    APPLY("apply"), DRY_RUN("dry-run");

    private final String wireName;

    ImportMode(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ImportMode> parse(String text) {
        return Arrays.stream(values()).filter(mode -> mode.wireName.equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst();
    }
}
