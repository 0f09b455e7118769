package vn.lienthong.security.replay;

import java.time.Instant;

/**
 * Remembers which messages were already accepted, so that a captured message cannot be sent again.
 *
 * <p>Implementations must be safe for concurrent use and, for a security server cluster, shared between
 * its nodes (see {@link JdbcReplayCache}).
 */
public interface ReplayCache {

    /**
     * Records {@code key} until {@code keepUntil}.
     *
     * @return {@code true} the first time a key is offered, {@code false} when it was already recorded
     * @throws ReplayCacheException when the cache cannot be reached (the caller must then refuse the message)
     */
    boolean firstSeen(String key, Instant keepUntil);

    /**
     * Forgets the keys whose {@code keepUntil} lies before {@code now}.
     *
     * @return how many keys were forgotten
     */
    int purgeExpired(Instant now);
}
