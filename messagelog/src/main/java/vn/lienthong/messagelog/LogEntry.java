package vn.lienthong.messagelog;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One stored entry of a security server's chain, as read back for search, verification, archive and export.
 *
 * @param entryNumber    1, 2, 3, ... per security server, without gaps
 * @param loggedAt       when the entry became durable
 * @param messageDigest  SHA-256 of {@code record.message()}
 * @param previousHash   the entry hash of entry {@code entryNumber - 1} (32 zero bytes for entry 1)
 * @param entryHash      SHA-256(previousHash || canonical entry bytes), see {@link vn.lienthong.messagelog.chain.CanonicalEntry}
 * @param batchNumber    the time-stamped batch holding this entry, empty while unstamped
 * @param inclusionProof the encoded Merkle inclusion proof in that batch, {@code null} while unstamped (derived from the
 *                       batch's entry hashes when read; stored in the entry row for batches stamped before V4)
 * @param archiveNumber  the archive container holding this entry, empty while not archived
 */
public record LogEntry(String serverId, long entryNumber, Instant loggedAt, LogRecord record, byte[] messageDigest,
                       byte[] previousHash, byte[] entryHash, Long batchNumber, byte[] inclusionProof, Long archiveNumber) {

    public OptionalLong batch() {
        return batchNumber == null ? OptionalLong.empty() : OptionalLong.of(batchNumber);
    }

    public Optional<byte[]> proof() {
        return Optional.ofNullable(inclusionProof);
    }

    public boolean stamped() {
        return batchNumber != null;
    }

    @Override
    public String toString() {
        return "LogEntry[" + serverId + " #" + entryNumber + " " + loggedAt + " " + record + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogEntry e && e.serverId.equals(serverId) && e.entryNumber == entryNumber;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(entryNumber) * 31 + serverId.hashCode();
    }
}
