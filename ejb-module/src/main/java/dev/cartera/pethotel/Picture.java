package dev.cartera.pethotel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What the database knows about a pet's picture: the bytes (the original and a PNG rendition) live in the
 * blob store under {@link #originalKey()} and {@link #pngKey()}. One per pet; a new upload replaces it.
 */
@Entity
@Table(name = "pet_picture")
public class Picture {

    /** The pet's surrogate id ({@code pet.id}), also the foreign key. */
    @Id
    @Column(name = "pet_id")
    private Long petRowId;

    @Column(name = "content_type", nullable = false, length = 32)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "original_key", nullable = false, length = 200)
    private String originalKey;

    @Column(name = "png_size", nullable = false)
    private long pngSize;

    @Column(name = "png_sha256", nullable = false, length = 64)
    private String pngSha256;

    @Column(name = "png_key", nullable = false, length = 200)
    private String pngKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    protected Picture() {
        // for JPA
    }

    public Picture(long petRowId, CheckedPicture picture, String originalKey, String pngKey, Instant uploadedAt,
                   String uploadedBy) {
        this.petRowId = petRowId;
        replaceWith(picture, originalKey, pngKey, uploadedAt, uploadedBy);
    }

    public final void replaceWith(CheckedPicture picture, String originalKey, String pngKey, Instant uploadedAt,
                                  String uploadedBy) {
        this.contentType = picture.contentType();
        this.size = picture.original().length;
        this.width = picture.width();
        this.height = picture.height();
        this.sha256 = picture.sha256();
        this.originalKey = originalKey;
        this.pngSize = picture.png().length;
        this.pngSha256 = picture.pngSha256();
        this.pngKey = pngKey;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String sha256() {
        return sha256;
    }

    public String originalKey() {
        return originalKey;
    }

    public long pngSize() {
        return pngSize;
    }

    public String pngSha256() {
        return pngSha256;
    }

    public String pngKey() {
        return pngKey;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }
}
