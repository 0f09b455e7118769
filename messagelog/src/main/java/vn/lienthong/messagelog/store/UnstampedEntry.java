package vn.lienthong.messagelog.store;

import java.time.Instant;

/** An entry waiting for its batch time-stamp. */
public record UnstampedEntry(long entryNo, byte[] entryHash, Instant loggedAt) {
}
