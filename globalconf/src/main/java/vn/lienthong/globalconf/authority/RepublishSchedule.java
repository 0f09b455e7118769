package vn.lienthong.globalconf.authority;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a fresh bundle every download interval (read from the registry's settings each time), so that servers
 * always find one that is far from its expiry, and so that registry changes and key promotions go out unprompted.
 *
 * <p>Closing starts no further publication and lets one under way finish (up to {@link #CLOSE_WAIT}): interrupting
 * it would abandon a bundle half-written to its staging folder and report a write error that is none.
 */
public final class RepublishSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RepublishSchedule.class);

    /** How long {@link #close()} waits for a publication under way before it interrupts it. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final Runnable publish;
    private final Supplier<Duration> interval;
    private final ScheduledThreadPoolExecutor scheduler;

    private RepublishSchedule(Runnable publish, Supplier<Duration> interval) {
        this.publish = publish;
        this.interval = interval;
        this.scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "confauth-republish");
            t.setDaemon(true);
            return t;
        });
        this.scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Publishes now, then every download interval until closed. */
    public static RepublishSchedule start(ConfigurationAuthority authority) {
        return start(authority::publish, () -> authority.registry().settings().downloadInterval());
    }

    static RepublishSchedule start(Runnable publish, Supplier<Duration> interval) {
        RepublishSchedule schedule = new RepublishSchedule(publish, interval);
        schedule.scheduler.execute(schedule::publishAndReschedule);
        return schedule;
    }

    private void publishAndReschedule() {
        try {
            publish.run();
        } catch (RuntimeException e) {
            LOG.error("could not publish the global configuration: {}", e.getMessage());
            LOG.debug("publication failure", e);
        }
        if (scheduler.isShutdown()) {
            return;
        }
        try {
            scheduler.schedule(this::publishAndReschedule, interval.get().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.debug("republishing stopped");
        }
    }

    /** Whether {@link #close()} has begun. */
    boolean stopping() {
        return scheduler.isShutdown();
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("a publication of the global configuration still ran {} s after the authority began to stop;"
                        + " interrupting it", CLOSE_WAIT.toSeconds());
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scheduler.shutdownNow();
        }
    }
}
