package dev.cartera.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * One multipart upload of one object. It either completes, or is aborted so that neither an object nor
 * stored parts (which S3 would keep, and bill, until someone aborts them) are left behind.
 */
final class S3MultipartUpload {

    /** S3 refuses part numbers above this. */
    static final int MAX_PARTS = 10_000;

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String contentType;

    S3MultipartUpload(S3Client s3, String bucket, String key, String contentType) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.contentType = contentType;
    }

    /**
     * @param buffer    holds the first part already, {@code firstPart} bytes of it; reused for every part
     * @param length    the announced total, or {@link BlobStore#UNKNOWN_LENGTH}
     */
    void upload(InputStream content, long length, byte[] buffer, int firstPart) throws IOException {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType))
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long sent = 0;
            int filled = firstPart;
            while (filled > 0) {
                int partNumber = parts.size() + 1;
                if (partNumber > MAX_PARTS) {
                    throw new BlobStoreException("Blob " + key + " needs more than " + MAX_PARTS
                            + " parts of " + buffer.length + " bytes; raise cartera.storage.s3.part-size");
                }
                parts.add(uploadPart(uploadId, partNumber, buffer, filled));
                sent += filled;
                filled = content.readNBytes(buffer, 0, PartBuffer.nextPartLength(buffer, length, sent));
            }
            UploadLength.requireComplete(length, sent);
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (Throwable failure) {
            abort(uploadId, failure);
            throw failure;
        }
    }

    private CompletedPart uploadPart(String uploadId, int partNumber, byte[] buffer, int length) {
        String eTag = s3.uploadPart(
                b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber),
                RequestBody.fromContentProvider(() -> PartBuffer.streamOf(buffer, length), length,
                        "application/octet-stream"))
                .eTag();
        return CompletedPart.builder().partNumber(partNumber).eTag(eTag).build();
    }

    private void abort(String uploadId, Throwable failure) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        } catch (SdkException e) {
            failure.addSuppressed(e);
        }
    }
}
