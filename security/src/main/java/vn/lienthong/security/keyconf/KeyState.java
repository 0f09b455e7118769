package vn.lienthong.security.keyconf;

/** Where a key is in its life. */
public enum KeyState {
    /** Generated; waiting for its certificate (a CSR can be made). */
    NEW,
    /** Its certificate is imported; it can be activated. */
    READY,
    /** The key the server uses for its purpose. At most one per purpose. */
    ACTIVE,
    /** Taken out of use by an officer; activating it again is allowed. */
    DISABLED
}
