package dev.cartera.pethotel;

import dev.cartera.backup.BlobColumn;
import dev.cartera.backup.BlobColumns;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Tells the dump that {@code pet_picture} names blobs: their bytes go into the dump as two binary columns. */
@ApplicationScoped
public class PictureBlobColumns implements BlobColumns {

    @Override
    public List<BlobColumn> blobColumns() {
        return List.of(new BlobColumn("pet_picture", "original_key", "original_bytes"),
                new BlobColumn("pet_picture", "png_key", "png_bytes"));
    }
}
