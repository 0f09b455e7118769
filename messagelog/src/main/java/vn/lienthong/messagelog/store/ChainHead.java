package vn.lienthong.messagelog.store;

/** The last entry of a server's chain, kept in its own row so that the chain continues across restarts and retention. */
public record ChainHead(long lastEntryNo, byte[] lastEntryHash) {
}
