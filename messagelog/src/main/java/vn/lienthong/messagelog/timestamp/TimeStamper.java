package vn.lienthong.messagelog.timestamp;

/**
 * Obtains an RFC 3161 time-stamp token over a SHA-256 digest (the Merkle root of a batch). Never throws for a TSA
 * failure: the outcome is a {@link TimeStampResult}. Called from the log's stamping thread only, never while a
 * database transaction or lock is held.
 */
@FunctionalInterface
public interface TimeStamper {

    TimeStampResult stamp(byte[] sha256Digest);
}
