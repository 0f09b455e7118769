package vn.lienthong.messagelog.chain;

import java.time.Instant;
import vn.lienthong.messagelog.LogRecord;

/** Entry hash = SHA-256(previous entry hash || canonical entry bytes); entry 1 follows {@link #GENESIS}. */
public final class EntryHashes {

    /** The "previous hash" of entry 1: 32 zero bytes. */
    public static final byte[] GENESIS = new byte[Sha256.LENGTH];

    private EntryHashes() {
    }

    public static byte[] entryHash(byte[] previousHash, String serverId, long entryNumber, Instant loggedAt,
                                   LogRecord record, byte[] messageDigest) {
        return Sha256.of(previousHash, CanonicalEntry.encode(serverId, entryNumber, loggedAt, record, messageDigest));
    }

    public static byte[] genesis() {
        return GENESIS.clone();
    }
}
