package dev.cartera.pethotel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PictureThumbnailsTest {

    @Test
    void onlyTheConfiguredSizesAreMadeAndTheRefusalNamesThem() {
        PictureService service = new PictureService();
        service.thumbnailSizes = List.of(512, 128, 256);
        service.renditionMaxSide = 1024;
        assertEquals(256, service.thumbnailSize("256"));
        assertEquals(128, service.thumbnailSize(" 128 "));
        for (String refused : List.of("300", "1024", "-1", "abc", "", "99999999999")) {
            FieldProblem problem = assertThrows(InvalidInputException.class, () -> service.thumbnailSize(refused))
                    .problems().get(0);
            assertEquals(List.of("size", "THUMBNAIL_SIZE"), List.of(problem.field(), problem.code()), refused);
            assertEquals(List.of("128, 256, 512", 1024), problem.arguments());
        }
    }

    @Test
    void aThumbnailIsMadeOnceAndTheLeastRecentlyUsedGoFirstPastTheBudget() {
        PictureThumbnails thumbnails = new PictureThumbnails();
        thumbnails.maxBytes = 250;
        AtomicInteger made = new AtomicInteger();
        thumbnails.of("a", 256, () -> bytes(100, made));
        thumbnails.of("a", 256, () -> bytes(100, made));
        assertEquals(1, made.get(), "kept");
        thumbnails.of("b", 256, () -> bytes(100, made));
        thumbnails.of("a", 256, () -> bytes(100, made));
        thumbnails.of("c", 256, () -> bytes(100, made));
        assertEquals(3, made.get(), "a, b and c made once; b is now the least recently used and is gone");
        thumbnails.of("a", 256, () -> bytes(100, made));
        assertEquals(3, made.get());
        thumbnails.of("b", 256, () -> bytes(100, made));
        assertEquals(4, made.get());
        thumbnails.of("a", 128, () -> bytes(100, made));
        assertEquals(5, made.get(), "another size is another thumbnail");
    }

    private static byte[] bytes(int length, AtomicInteger made) {
        made.incrementAndGet();
        return new byte[length];
    }
}
