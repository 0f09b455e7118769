package vn.lienthong.routes.provider.npd.update;

/** An operator tried to accept or reject an update that is not (or no longer) held for review. */
public final class UpdateNotHeldException extends IllegalStateException {

    private final String updateId;
    private final UpdateStatus status;

    public UpdateNotHeldException(String updateId, UpdateStatus status) {
        super("update " + updateId + " is " + status + ", not held: it was resolved already or never held");
        this.updateId = updateId;
        this.status = status;
    }

    public String updateId() {
        return updateId;
    }

    public UpdateStatus status() {
        return status;
    }
}
