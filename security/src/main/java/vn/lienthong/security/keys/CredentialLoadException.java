package vn.lienthong.security.keys;

/** A key store could not be turned into a {@link SigningCredential}; {@link #reason()} says why. */
public final class CredentialLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why loading failed. */
    public enum Reason {
        /** The key store file does not exist or is not a regular file. */
        FILE_MISSING,
        /** The password does not open the key store or the key entry. */
        WRONG_PASSWORD,
        /** The key store has no entry under the requested alias. */
        ALIAS_MISSING,
        /** The alias names an entry without a private key (for example a trusted certificate). */
        NOT_A_KEY_ENTRY,
        /** The file is not a readable PKCS#12 key store. */
        UNREADABLE
    }

    private final Reason reason;

    public CredentialLoadException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CredentialLoadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
