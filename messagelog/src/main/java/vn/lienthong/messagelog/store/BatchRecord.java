package vn.lienthong.messagelog.store;

import java.time.Instant;

/** One time-stamped batch: entries {@code firstEntryNo..lastEntryNo}, their Merkle root and the RFC 3161 token over it. */
public record BatchRecord(String serverId, long batchNo, long firstEntryNo, long lastEntryNo, int entryCount,
                          byte[] merkleRoot, byte[] token, Instant genTime) {

    @Override
    public String toString() {
        return "BatchRecord[" + serverId + " batch " + batchNo + ": entries " + firstEntryNo + ".." + lastEntryNo + "]";
    }
}
