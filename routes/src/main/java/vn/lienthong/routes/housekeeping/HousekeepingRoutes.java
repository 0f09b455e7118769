package vn.lienthong.routes.housekeeping;

import java.time.Clock;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.security.replay.ReplayCache;

/** Periodic upkeep of a security server: the replay cache forgets messages whose timestamps have expired. */
public final class HousekeepingRoutes extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(HousekeepingRoutes.class);

    private final ReplayCache replayCache;
    private final Clock clock;

    public HousekeepingRoutes(ReplayCache replayCache, Clock clock) {
        this.replayCache = replayCache;
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
    }
}
