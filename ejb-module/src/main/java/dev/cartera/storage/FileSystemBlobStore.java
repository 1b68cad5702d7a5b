package dev.cartera.storage;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedded default: objects as plain files under {@code <root>/objects/<key>}, so an operator can look
 * at them. Content types live in sidecar files under {@code <root>/metadata/<key>}, a separate tree so that
 * no key can collide with a sidecar. Uploads are written under {@code <root>/staging} and renamed into
 * place, so a half-written file never becomes visible and a failed upload leaves nothing in the tree.
 *
 * <p>A path cannot be both a file and a directory, so unlike S3 this store cannot hold both {@code a} and
 * {@code a/b}; the second put fails with a {@link BlobStoreException}. Deletes remove the directories they
 * empty, so that {@code a} can be stored again once every {@code a/...} is gone.
 */
public final class FileSystemBlobStore implements BlobStore {

    private static final int COPY_BUFFER_BYTES = 64 * 1024;

    private final Path objects;
    private final Path sidecars;
    private final Path staging;

    public FileSystemBlobStore(Path root) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        this.objects = absoluteRoot.resolve("objects");
        this.sidecars = absoluteRoot.resolve("metadata");
        this.staging = absoluteRoot.resolve("staging");
        try {
            Files.createDirectories(objects);
            Files.createDirectories(sidecars);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new BlobStoreException("Cannot create the blob directory " + absoluteRoot, e);
        }
    }

    @Override
    public BlobMetadata put(String key, InputStream content, long length, String contentType) {
        Path target = objectPath(key);
        Objects.requireNonNull(content, "content");
        UploadLength.requireValid(length);
        String type = contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
        Path stagedContent = null;
        Path stagedSidecar = null;
        try {
            stagedContent = Files.createTempFile(staging, "content-", ".tmp");
            writeDurably(stagedContent, content, length);
            stagedSidecar = Files.createTempFile(staging, "metadata-", ".tmp");
            ContentTypeSidecar.write(stagedSidecar, type);

            // Sidecar first: every visible object then has its content type beside it.
            moveIntoPlace(stagedSidecar, sidecarPath(key));
            stagedSidecar = null;
            moveIntoPlace(stagedContent, target);
            stagedContent = null;
            return new BlobMetadata(key, Files.size(target), type,
                    Files.getLastModifiedTime(target).toInstant());
        } catch (IOException e) {
            throw new BlobStoreException("Could not store blob " + key, e);
        } finally {
            deleteQuietly(stagedContent);
            deleteQuietly(stagedSidecar);
        }
    }

    @Override
    public Optional<Blob> get(String key) {
        Path file = objectPath(key);
        try {
            Optional<BasicFileAttributes> attributes = regularFileAttributes(file);
            if (attributes.isEmpty()) {
                return Optional.empty();
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            try {
                // The size comes from the open file: it matches the content even if a put replaces the path now.
                BlobMetadata metadata = describe(key, channel.size(), attributes.get());
                return Optional.of(new Blob(metadata, Channels.newInputStream(channel)));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BlobStoreException("Could not read blob " + key, e);
        }
    }

    @Override
    public Optional<BlobMetadata> metadata(String key) {
        Path file = objectPath(key);
        try {
            Optional<BasicFileAttributes> attributes = regularFileAttributes(file);
            return attributes.isEmpty()
                    ? Optional.empty()
                    : Optional.of(describe(key, attributes.get().size(), attributes.get()));
        } catch (IOException e) {
            throw new BlobStoreException("Could not read the metadata of blob " + key, e);
        }
    }

    @Override
    public boolean delete(String key) {
        Path file = objectPath(key);
        try {
            // A directory standing for a "folder" of other keys is not an object: never delete it.
            if (regularFileAttributes(file).isEmpty()) {
                return false;
            }
            boolean deleted = Files.deleteIfExists(file);
            Path sidecar = sidecarPath(key);
            Files.deleteIfExists(sidecar);
            removeEmptyDirectories(objects, file.getParent());
            removeEmptyDirectories(sidecars, sidecar.getParent());
            return deleted;
        } catch (IOException e) {
            throw new BlobStoreException("Could not delete blob " + key, e);
        }
    }

    @Override
    public List<BlobSummary> list(String prefix) {
        BlobKeys.requireValidPrefix(prefix);
        // Walk only the deepest directory the prefix names in full: "pets/7/ph" starts at objects/pets/7.
        int lastSlash = prefix.lastIndexOf('/');
        Path start = lastSlash < 0 ? objects : objectPath(prefix.substring(0, lastSlash));
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        List<BlobSummary> found = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String key = keyOf(file);
                    if (attributes.isRegularFile() && key.startsWith(prefix)) {
                        found.add(new BlobSummary(key, attributes.size(),
                                attributes.lastModifiedTime().toInstant()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // deleted while we walked: not listed, as it should be
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new BlobStoreException("Could not list blobs under " + prefix, e);
        }
        found.sort(Comparator.comparing(BlobSummary::key));
        return found;
    }

    @Override
    public void checkReady() {
        for (Path directory : List.of(objects, sidecars, staging)) {
            if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
                throw new BlobStoreException("Blob directory " + directory + " is missing or not writable");
            }
        }
    }

    @Override
    public String toString() {
        return "FileSystemBlobStore[" + objects.getParent() + "]";
    }

    private Path objectPath(String key) {
        return inside(objects, key);
    }

    private Path sidecarPath(String key) {
        return inside(sidecars, key);
    }

    /** Valid keys cannot climb out of the tree; this check stays in case those rules ever loosen. */
    private static Path inside(Path tree, String key) {
        Path path = tree.resolve(BlobKeys.requireValidKey(key)).normalize();
        if (!path.startsWith(tree) || path.equals(tree)) {
            throw new IllegalArgumentException("Blob key " + key + " leaves the blob directory");
        }
        return path;
    }

    private String keyOf(Path file) {
        StringBuilder key = new StringBuilder();
        for (Path name : objects.relativize(file)) {
            if (key.length() > 0) {
                key.append('/');
            }
            key.append(name);
        }
        return key.toString();
    }

    private BlobMetadata describe(String key, long size, BasicFileAttributes attributes) throws IOException {
        String contentType = ContentTypeSidecar.read(sidecarPath(key)).orElse(DEFAULT_CONTENT_TYPE);
        return new BlobMetadata(key, size, contentType, attributes.lastModifiedTime().toInstant());
    }

    private static Optional<BasicFileAttributes> regularFileAttributes(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? Optional.of(attributes) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Renames a staged file into the tree. A delete may remove the emptied parent directory between its
     * creation here and the rename; the rename then fails, and is simply tried again.
     */
    private static void moveIntoPlace(Path staged, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Files.createDirectories(target.getParent());
            try {
                Files.move(staged, target, ATOMIC_MOVE);
                return;
            } catch (NoSuchFileException e) {
                if (attempt == 3 || !Files.exists(staged)) {
                    throw e;
                }
            }
        }
    }

    /** Removes {@code directory} and its parents up to {@code tree}, as long as they are empty. */
    private static void removeEmptyDirectories(Path tree, Path directory) {
        for (Path current = directory; current.startsWith(tree) && !current.equals(tree);
                current = current.getParent()) {
            try {
                Files.delete(current);
            } catch (IOException notEmptyOrAlreadyGone) {
                return; // best effort: an empty directory left behind costs nothing but a name
            }
        }
    }

    /** Copies the stream and forces it to disk, so that the rename that follows never exposes lost data. */
    private static void writeDurably(Path file, InputStream content, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[COPY_BUFFER_BYTES];
            long copied = 0;
            while (length == UNKNOWN_LENGTH || copied < length) {
                int wanted = length == UNKNOWN_LENGTH ? buffer.length : (int) Math.min(buffer.length, length - copied);
                int read = content.read(buffer, 0, wanted);
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                copied += read;
            }
            UploadLength.requireComplete(length, copied);
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stray file in staging is harmless; the original failure is what the caller needs to see
            }
        }
    }
}
