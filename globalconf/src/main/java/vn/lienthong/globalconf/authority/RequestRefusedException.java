package vn.lienthong.globalconf.authority;

/** A submitted management request was refused before it was stored; {@link #reason()} says which check failed. */
public final class RequestRefusedException extends RuntimeException {

    /** Which check a refused request failed. */
    public enum Reason {
        /** not a signed management request, or a field is malformed */
        MALFORMED,
        /** the requester is not a registered member of the instance */
        UNKNOWN_MEMBER,
        /** the requester may not ask for this change (e.g. not the server's owner) */
        NOT_AUTHORIZED,
        /** the signer's certificate is not the requester's, or does not chain to an approved CA */
        UNTRUSTED_SIGNER,
        /** the signature does not verify */
        BAD_SIGNATURE,
        /** created too long ago or in the future */
        STALE,
        /** the authentication certificate to register does not name the server or is not from an approved CA */
        BAD_AUTH_CERTIFICATE,
        /** the change does not fit the current registry (e.g. the server is not registered) */
        INCONSISTENT
    }

    private final Reason reason;

    public RequestRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
