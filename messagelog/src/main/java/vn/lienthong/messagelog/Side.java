package vn.lienthong.messagelog;

/** Which proxy of the security server logged the entry; it also names the fault code prefix of a logging failure. */
public enum Side {
    CLIENT_PROXY("Server.ClientProxy"),
    SERVER_PROXY("Server.ServerProxy");

    private final String faultPrefix;

    Side(String faultPrefix) {
        this.faultPrefix = faultPrefix;
    }

    /** {@code Server.ClientProxy} or {@code Server.ServerProxy}. */
    public String faultPrefix() {
        return faultPrefix;
    }
}
