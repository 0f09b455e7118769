package vn.lienthong.messagelog.store;

/** A stored row that no longer forms a valid entry (a column was edited into something the log never writes). */
public final class UnreadableEntryException extends Exception {

    private final long entryNumber;

    public UnreadableEntryException(long entryNumber, String reason, Throwable cause) {
        super("entry " + entryNumber + " is unreadable: " + reason, cause);
        this.entryNumber = entryNumber;
    }

    public long entryNumber() {
        return entryNumber;
    }
}
