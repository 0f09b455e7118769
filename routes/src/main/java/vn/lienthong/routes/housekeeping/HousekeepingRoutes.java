package vn.lienthong.routes.housekeeping;

import java.time.Clock;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.routes.runtime.TokenKeys;
import vn.lienthong.security.replay.ReplayCache;

/**
 * Periodic upkeep of a security server: the replay cache forgets messages whose timestamps have expired, and
 * old message log entries are archived and, past retention, cleaned.
 */
public final class HousekeepingRoutes extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(HousekeepingRoutes.class);

    private final ReplayCache replayCache;
    private final ArchiveOldEntries archiving;
    private final TokenKeys tokenKeys;
    private final Clock clock;

    /**
     * @param archiving the message log's archiving, or null when no archive folder is configured
     * @param tokenKeys the managed keys, re-read when the officer changes them
     */
    public HousekeepingRoutes(ReplayCache replayCache, ArchiveOldEntries archiving, TokenKeys tokenKeys, Clock clock) {
        this.replayCache = replayCache;
        this.archiving = archiving;
        this.tokenKeys = tokenKeys;
        this.clock = clock;
    }

    @Override
    public void configure() {
        from("timer:replay-cache-purge?period={{lienthong.replay.purge-interval-ms}}&delay={{lienthong.replay.purge-interval-ms}}")
                .routeId("replay-cache-purge")
                .process(exchange -> {
                    int purged = replayCache.purgeExpired(clock.instant());
                    if (purged > 0) {
                        LOG.debug("replay cache: forgot {} expired entries", purged);
                    }
                }).id("purge-expired-replay-entries");

        from("timer:managed-keys-reload?period=5000&delay=5000").routeId("managed-keys-reload")
                .process(exchange -> tokenKeys.reloadIfChanged()).id("reload-managed-keys");

        if (archiving != null) {
            from("timer:message-log-archive?period={{lienthong.messagelog.archive.interval-ms}}"
                    + "&delay={{lienthong.messagelog.archive.interval-ms}}")
                    .routeId("message-log-archive")
                    .process(archiving).id("archive-and-clean-message-log");
        }
    }
}
