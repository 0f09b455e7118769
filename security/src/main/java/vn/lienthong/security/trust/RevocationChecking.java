package vn.lienthong.security.trust;

/** Ready-made {@link RevocationChecker}s. */
public final class RevocationChecking {

    private static final RevocationChecker DISABLED = (path, at) -> { };

    private RevocationChecking() {
    }

    /** Accepts every chain without asking anybody: revocation is not checked at all. */
    public static RevocationChecker disabled() {
        return DISABLED;
    }
}
