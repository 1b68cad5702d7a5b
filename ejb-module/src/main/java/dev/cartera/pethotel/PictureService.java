package dev.cartera.pethotel;

import dev.cartera.shared.i18n.Message;
import dev.cartera.shared.NotFoundException;
import dev.cartera.storage.Blob;
import dev.cartera.storage.BlobStore;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pets' pictures: the bytes go to the blob store, the metadata to {@code pet_picture}. Blobs are written under
 * fresh keys before the row changes; once the transaction ends, the loser's blobs are deleted (the old ones
 * after a commit, the new ones after a rollback), so the row never points at a missing blob.
 */
@Stateless
public class PictureService {

    private static final Logger LOG = Logger.getLogger(PictureService.class.getName());

    @Inject
    BlobStore blobs;

    @Inject
    PetRepository pets;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cartera.pethotel.picture.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "cartera.pethotel.picture.max-pixels", defaultValue = "40000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "cartera.pethotel.picture.max-decoded-bytes", defaultValue = "160000000")
    long maxDecodedBytes;

    @Inject
    @ConfigProperty(name = "cartera.pethotel.picture.rendition-max-side", defaultValue = "1024")
    int renditionMaxSide;

    @Inject
    @ConfigProperty(name = "cartera.pethotel.picture.thumbnail-sizes", defaultValue = "128,256,512")
    List<Integer> thumbnailSizes;

    @Inject
    PictureThumbnails thumbnails;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The configured limits, to check an upload with before any transaction starts. */
    public PictureCheck check() {
        return new PictureCheck(maxBytes, maxPixels, maxDecodedBytes, renditionMaxSide);
    }

    /**
     * A thumbnail size as a client wrote it ({@code ?size=256}), checked against the configured sizes: a grid
     * asks for one of a few, so each is made once and kept, and nobody makes the server scale to any size.
     *
     * @throws InvalidInputException THUMBNAIL_SIZE naming the sizes there are
     */
    public int thumbnailSize(String written) {
        List<Integer> sizes = thumbnailSizes.stream().sorted().toList();
        String allowed = sizes.stream().map(String::valueOf).collect(Collectors.joining(", "));
        try {
            int size = Integer.parseInt(written.strip());
            if (sizes.contains(size)) {
                return size;
            }
        } catch (NumberFormatException e) {
            // said below, as any other size
        }
        throw new InvalidInputException(FieldProblem.of("size", "THUMBNAIL_SIZE", "must be one of " + allowed
                + " (pixels on the long side); leave it out for the rendition of at most " + renditionMaxSide
                + " pixels", allowed, renditionMaxSide));
    }

    /**
     * The picture's rendition scaled down to {@code size} pixels on its long side (as it is when already smaller),
     * as PNG: made from the stored rendition on first use and kept in memory ({@link PictureThumbnails}).
     */
    public byte[] thumbnail(Picture picture, int size) {
        return thumbnails.of(picture.pngSha256(), size, () -> {
            try (Blob rendition = open(picture.pngKey())) {
                BufferedImage image = ImageIO.read(rendition.content());
                if (image == null) {
                    throw new IllegalStateException("the stored rendition " + picture.pngKey() + " is not a PNG");
                }
                return Renditions.png(Renditions.bounded(image, size));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** @throws NotFoundException when no pet has that {@code petId} */
    public Picture store(String petId, CheckedPicture picture, String uploadedBy) {
        Pet pet = pet(petId);
        String base = "pets/" + petId + "/" + UUID.randomUUID();
        String originalKey = base + "-original." + switch (picture.contentType()) {
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            default -> "jpg";
        };
        String pngKey = base + "-rendition.png";
        Picture existing = em.find(Picture.class, pet.id());
        List<String> old = existing == null ? List.of() : List.of(existing.originalKey(), existing.pngKey());
        deleteAfter(old, List.of(originalKey, pngKey));
        blobs.put(originalKey, new ByteArrayInputStream(picture.original()), picture.original().length, picture.contentType());
        blobs.put(pngKey, new ByteArrayInputStream(picture.png()), picture.png().length, "image/png");
        Instant now = clock.instant();
        if (existing == null) {
            Picture created = new Picture(pet.id(), picture, originalKey, pngKey, now, uploadedBy);
            em.persist(created);
            return created;
        }
        existing.replaceWith(picture, originalKey, pngKey, now, uploadedBy);
        return existing;
    }

    /** @throws NotFoundException when the pet does not exist or has no picture */
    public Picture of(String petId) {
        Pet pet = pet(petId);
        return Optional.ofNullable(em.find(Picture.class, pet.id()))
                .orElseThrow(() -> new NotFoundException(Message.of("problem.pet.noPicture", petId)));
    }

    /** The stored bytes under a key {@link #of} returned; the caller closes the blob. */
    public Blob open(String key) {
        return blobs.get(key).orElseThrow(() -> new NotFoundException(Message.of("problem.pet.pictureGone")));
    }

    /** Removes the pet's picture row now and its blobs once the transaction commits (the caller's transaction). */
    public void deleteOf(Pet pet) {
        Picture picture = em.find(Picture.class, pet.id());
        if (picture != null) {
            em.remove(picture);
            em.flush();
            deleteAfter(List.of(picture.originalKey(), picture.pngKey()), List.of());
        }
    }

    /** @throws NotFoundException when no pet has that {@code petId}, so an upload is refused before it is read */
    public void requirePet(String petId) {
        pet(petId);
    }

    private Pet pet(String petId) {
        PetRules.requirePetId(petId);
        return pets.findByPetId(petId).orElseThrow(() -> new NotFoundException("Pet", petId));
    }

    private void deleteAfter(List<String> onCommit, List<String> onRollback) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                (status == Status.STATUS_COMMITTED ? onCommit : onRollback).forEach(key -> {
                    try {
                        blobs.delete(key);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Could not delete picture blob " + key + "; it is orphaned", e);
                    }
                });
            }
        });
    }
}
