package vn.lienthong.messagelog.store;

import java.time.Instant;

/** One archive container as the log recorded it: its entries, its file and digest, and the previous container's digest. */
public record ArchiveRecord(String serverId, long archiveNo, long firstEntryNo, long lastEntryNo, byte[] lastEntryHash,
                            String fileName, byte[] containerDigest, byte[] previousContainerDigest, Instant createdAt) {

    @Override
    public String toString() {
        return "ArchiveRecord[" + serverId + " #" + archiveNo + " entries " + firstEntryNo + ".." + lastEntryNo + " " + fileName + "]";
    }
}
