package vn.lienthong.globalconf.client;

import java.time.Instant;
import vn.lienthong.conf.global.GlobalConf;

/**
 * The global configuration a security server acts on, as it changes. A route asks {@link #isExpired} before it
 * acts, and fails with an OutdatedGlobalConf fault while it is true; the source recovers by itself once a fresh
 * bundle arrives.
 */
public interface GlobalConfSource {

    /**
     * The configuration in force (possibly expired: check {@link #isExpired}).
     *
     * @throws GlobalConfUnavailableException if no configuration was ever obtained
     */
    GlobalConf current();

    /** True when there is no configuration, or the one in force expired at or before {@code now}. */
    boolean isExpired(Instant now);

    /** Called, on the downloading thread, after every switch to a new configuration. */
    void addListener(GlobalConfListener listener);
}
