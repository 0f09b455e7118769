package vn.lienthong.globalconf.client;

/** One way a server's local configuration disagrees with the global one, with a message that names the fix. */
public record LocalConfProblem(Kind kind, String message) {

    /** The kinds of disagreement. */
    public enum Kind {
        OWNER_NOT_REGISTERED,
        SERVER_NOT_REGISTERED,
        CLIENT_NOT_REGISTERED,
        CLIENT_NOT_ON_THIS_SERVER,
        AUTH_CERT_NOT_REGISTERED,
        AUTH_CERT_OF_ANOTHER_SERVER
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
