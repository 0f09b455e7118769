package vn.lienthong.security.testpki;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.lienthong.security.replay.ReplayCache;

/** A replay cache for unit tests. */
public final class InMemoryReplayCache implements ReplayCache {

    private final ConcurrentMap<String, Instant> keys = new ConcurrentHashMap<>();

    @Override
    public boolean firstSeen(String key, Instant keepUntil) {
        return keys.putIfAbsent(key, keepUntil) == null;
    }

    @Override
    public int purgeExpired(Instant now) {
        int before = keys.size();
        keys.values().removeIf(keepUntil -> keepUntil.isBefore(now));
        return before - keys.size();
    }

    public int size() {
        return keys.size();
    }
}
