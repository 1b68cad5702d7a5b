package dev.cartera.storage;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The adapters {@code cartera.storage} can choose. */
public enum BlobStoreKind {
    FILESYSTEM,
    S3;

    public static final String CONFIG_KEY = "cartera.storage";

    /** The spelling used in configuration. */
    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Fails on anything else, so that a typo stops the deployment instead of quietly storing files on disk. */
    public static BlobStoreKind fromConfig(String value) {
        String wanted = value == null ? "" : value.trim();
        return Arrays.stream(values())
                .filter(kind -> kind.configValue().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(CONFIG_KEY + " must be one of "
                        + Arrays.stream(values()).map(BlobStoreKind::configValue).collect(Collectors.joining(", "))
                        + ", not \"" + value + "\""));
    }
}
