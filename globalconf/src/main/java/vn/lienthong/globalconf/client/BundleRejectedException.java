package vn.lienthong.globalconf.client;

/** A downloaded bundle was refused; the configuration in force stays. {@link #reason()} says which check failed. */
public final class BundleRejectedException extends RuntimeException {

    /** Which check a refused bundle failed. */
    public enum Reason {
        /** a file could not be fetched */
        UNAVAILABLE,
        /** the directory or a part cannot be parsed */
        MALFORMED,
        /** the directory names a signing key the server does not trust */
        UNKNOWN_SIGNER,
        /** the signature over the directory does not verify */
        BAD_SIGNATURE,
        /** the bundle is for another instance */
        WRONG_INSTANCE,
        /** a part is missing, or its bytes do not match the directory's hash (tampered or torn) */
        PART_MISMATCH,
        /** the bundle has expired already */
        EXPIRED,
        /** the version is older than the one in force (a replayed bundle) */
        OLDER_VERSION
    }

    private final Reason reason;

    public BundleRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public BundleRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
