package dev.cartera.pethotel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The thumbnails last asked for, most recently used kept, up to {@code cartera.pethotel.picture.thumbnail-cache-bytes}
 * in all. A thumbnail is a function of the rendition (named by its SHA-256) and the size, so an entry never goes
 * stale: a replaced picture has another SHA-256, and its old entries simply age out. Each server keeps its own.
 */
@ApplicationScoped
public class PictureThumbnails {

    private final Map<String, byte[]> recent = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    @Inject
    @ConfigProperty(name = "cartera.pethotel.picture.thumbnail-cache-bytes", defaultValue = "33554432")
    long maxBytes;

    /** The thumbnail of the rendition {@code pngSha256} at {@code size}: kept, or made by {@code make} and kept. */
    public byte[] of(String pngSha256, int size, Supplier<byte[]> make) {
        String key = pngSha256 + "/" + size;
        synchronized (this) {
            byte[] kept = recent.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // made outside the lock: two requests for the same new thumbnail may both make it, which is harmless
        byte[] made = make.get();
        synchronized (this) {
            byte[] previous = recent.put(key, made);
            bytes += made.length - (previous == null ? 0 : previous.length);
            for (Iterator<byte[]> eldest = recent.values().iterator(); bytes > maxBytes && eldest.hasNext(); ) {
                bytes -= eldest.next().length;
                eldest.remove();
            }
        }
        return made;
    }
}
