package dev.cartera.storage;

/** The store could not do what was asked: disk or network failure, missing bucket, refused credentials. */
public class BlobStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BlobStoreException(String message) {
        super(message);
    }

    public BlobStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
