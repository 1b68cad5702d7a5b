package dev.cartera.backup;

import java.util.List;

/**
 * The dump's one question to the business contexts: which columns hold blob keys. A context that keeps bytes in
 * the blob store implements it as a CDI bean; the dump knows nothing else about it.
 */
public interface BlobColumns {

    List<BlobColumn> blobColumns();
}
