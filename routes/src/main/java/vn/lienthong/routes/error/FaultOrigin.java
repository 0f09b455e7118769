package vn.lienthong.routes.error;

/** Where a fault arose, as the first part of its X-Road-style code. */
public enum FaultOrigin {
    /** The client information system sent something wrong. */
    CLIENT("Client"),
    /** The consumer's security server could not carry the request. */
    CLIENT_PROXY("Server.ClientProxy"),
    /** The provider's security server refused or could not serve the request. */
    SERVER_PROXY("Server.ServerProxy");

    private final String prefix;

    FaultOrigin(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
