package vn.lienthong.globalconf.authority;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a fresh bundle every download interval (read from the registry's settings each time), so that servers
 * always find one that is far from its expiry, and so that registry changes and key promotions go out unprompted.
 */
public final class RepublishSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RepublishSchedule.class);

    private final ConfigurationAuthority authority;
    private final ScheduledExecutorService scheduler;

    private RepublishSchedule(ConfigurationAuthority authority) {
        this.authority = authority;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "confauth-republish");
            t.setDaemon(true);
            return t;
        });
    }

    /** Publishes now, then every download interval until closed. */
    public static RepublishSchedule start(ConfigurationAuthority authority) {
        RepublishSchedule schedule = new RepublishSchedule(authority);
        schedule.scheduler.execute(schedule::publishAndReschedule);
        return schedule;
    }

    private void publishAndReschedule() {
        try {
            authority.publish();
        } catch (RuntimeException e) {
            LOG.error("could not publish the global configuration: {}", e.getMessage(), e);
        }
        Duration interval = authority.registry().settings().downloadInterval();
        try {
            scheduler.schedule(this::publishAndReschedule, interval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.debug("republishing stopped");
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
