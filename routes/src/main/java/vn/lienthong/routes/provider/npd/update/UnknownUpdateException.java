package vn.lienthong.routes.provider.npd.update;

/** An operator named an update id the NPD never received. */
public final class UnknownUpdateException extends IllegalArgumentException {

    private final String updateId;

    public UnknownUpdateException(String updateId) {
        super("no update " + updateId + " was received");
        this.updateId = updateId;
    }

    public String updateId() {
        return updateId;
    }
}
