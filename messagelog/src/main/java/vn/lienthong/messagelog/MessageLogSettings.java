package vn.lienthong.messagelog;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import vn.lienthong.conf.identifier.SecurityServerId;

/**
 * How one security server's log behaves. Build with {@link #builder(SecurityServerId)} or read the
 * {@code lienthong.messagelog.*} keys of server.properties with {@link #fromProperties}.
 *
 * @param timestamping       {@link Timestamping#IMMEDIATE}: a round starts after every commit; {@link Timestamping#INTERVAL}:
 *                           every {@code stampingInterval}
 * @param stampingInterval   the interval in INTERVAL mode; in IMMEDIATE mode the retry period while the TSA fails
 * @param maxUnstampedAge    the TSA outage window: appends are refused while the oldest unstamped entry is older
 * @param writeBatchSize     most records committed in one transaction
 * @param queueCapacity      most records waiting for the writer; beyond, appends fail at once
 * @param appendTimeout      the longest a caller of {@link MessageLog#append} waits for its record to be durable
 * @param maxBatchEntries    most entries under one time-stamp token
 */
public record MessageLogSettings(SecurityServerId serverId, Timestamping timestamping, Duration stampingInterval,
                                 Duration maxUnstampedAge, int writeBatchSize, int queueCapacity,
                                 Duration appendTimeout, int maxBatchEntries) {

    /** When batches are stamped. */
    public enum Timestamping { IMMEDIATE, INTERVAL }

    public static final String PREFIX = "lienthong.messagelog.";

    public MessageLogSettings {
        Objects.requireNonNull(serverId, "serverId");
        Objects.requireNonNull(timestamping, "timestamping");
        positive("stampingInterval", stampingInterval);
        positive("maxUnstampedAge", maxUnstampedAge);
        positive("appendTimeout", appendTimeout);
        if (writeBatchSize < 1 || queueCapacity < 1 || maxBatchEntries < 1) {
            throw new IllegalArgumentException("writeBatchSize, queueCapacity and maxBatchEntries must be positive");
        }
    }

    public static Builder builder(SecurityServerId serverId) {
        return new Builder(serverId);
    }

    /**
     * Reads {@code lienthong.messagelog.timestamping} (immediate | interval), {@code .stamping-interval-seconds},
     * {@code .max-unstamped-age-seconds}, {@code .write-batch-size}, {@code .queue-capacity},
     * {@code .append-timeout-millis}, {@code .max-batch-entries}; absent keys keep the defaults.
     */
    public static MessageLogSettings fromProperties(SecurityServerId serverId, Properties p) {
        Builder b = builder(serverId);
        String mode = p.getProperty(PREFIX + "timestamping");
        if (mode != null) {
            b.timestamping(Timestamping.valueOf(mode.trim().toUpperCase(java.util.Locale.ROOT)));
        }
        long interval = number(p, "stamping-interval-seconds", b.stampingInterval.toSeconds());
        long window = number(p, "max-unstamped-age-seconds", b.maxUnstampedAge.toSeconds());
        long timeout = number(p, "append-timeout-millis", b.appendTimeout.toMillis());
        return b.stampingInterval(Duration.ofSeconds(interval))
                .maxUnstampedAge(Duration.ofSeconds(window))
                .appendTimeout(Duration.ofMillis(timeout))
                .writeBatchSize((int) number(p, "write-batch-size", b.writeBatchSize))
                .queueCapacity((int) number(p, "queue-capacity", b.queueCapacity))
                .maxBatchEntries((int) number(p, "max-batch-entries", b.maxBatchEntries))
                .build();
    }

    private static long number(Properties p, String key, long fallback) {
        String v = p.getProperty(PREFIX + key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + key + "=" + v + " is not a whole number", e);
        }
    }

    private static void positive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /** Defaults: INTERVAL every 60 s, window 4 h, batches of 256 writes, queue 10 000, wait 10 s, 10 000 entries per token. */
    public static final class Builder {
        private final SecurityServerId serverId;
        private Timestamping timestamping = Timestamping.INTERVAL;
        private Duration stampingInterval = Duration.ofSeconds(60);
        private Duration maxUnstampedAge = Duration.ofHours(4);
        private int writeBatchSize = 256;
        private int queueCapacity = 10_000;
        private Duration appendTimeout = Duration.ofSeconds(10);
        private int maxBatchEntries = 10_000;

        private Builder(SecurityServerId serverId) {
            this.serverId = serverId;
        }

        public Builder timestamping(Timestamping mode) { this.timestamping = mode; return this; }
        public Builder stampingInterval(Duration d) { this.stampingInterval = d; return this; }
        public Builder maxUnstampedAge(Duration d) { this.maxUnstampedAge = d; return this; }
        public Builder writeBatchSize(int n) { this.writeBatchSize = n; return this; }
        public Builder queueCapacity(int n) { this.queueCapacity = n; return this; }
        public Builder appendTimeout(Duration d) { this.appendTimeout = d; return this; }
        public Builder maxBatchEntries(int n) { this.maxBatchEntries = n; return this; }

        public MessageLogSettings build() {
            return new MessageLogSettings(serverId, timestamping, stampingInterval, maxUnstampedAge, writeBatchSize,
                    queueCapacity, appendTimeout, maxBatchEntries);
        }
    }
}
