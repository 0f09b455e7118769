package vn.lienthong.globalconf.client;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.globalconf.bundle.ConfigurationAnchor;
import vn.lienthong.globalconf.registry.GlobalSettings;

/**
 * The security server's global configuration: downloads the newest bundle from the authority, verifies it
 * ({@link BundleVerifier}) against the keys it trusts, and switches to it in one step (an {@link AtomicReference}
 * to an immutable {@link DownloadedGlobalConf}); a refused bundle leaves the configuration in force untouched. Each
 * verified bundle is kept on disk ({@link LastGoodCopy}) and reloaded at the next start.
 *
 * <pre>{@code
 * GlobalConfDownloader globalConf = GlobalConfDownloader.builder(ConfigurationAnchor.read(anchorFile))
 *         .stateDirectory(confDir.resolve("globalconf"))
 *         .build();          // loads the cached bundle, if any
 * globalConf.addListener(conf -> log.info("now on {}", conf));
 * globalConf.start();        // downloads now, then every download interval
 * }</pre>
 */
public final class GlobalConfDownloader implements GlobalConfSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalConfDownloader.class);

    private final ConfigurationAnchor anchor;
    private final BundleSource source;
    private final Clock clock;
    private final Duration intervalOverride;
    private final LastGoodCopy cache;
    private final BundleVerifier verifier;
    private final AtomicReference<DownloadedGlobalConf> current = new AtomicReference<>();
    private final List<GlobalConfListener> listeners = new CopyOnWriteArrayList<>();
    private volatile List<X509Certificate> trusted;
    private ScheduledExecutorService scheduler;

    private GlobalConfDownloader(Builder b) {
        this.anchor = b.anchor;
        this.source = b.source != null ? b.source : new HttpBundleSource(b.anchor.downloadUrl());
        this.clock = b.clock;
        this.intervalOverride = b.interval;
        this.cache = b.stateDirectory == null ? null : new LastGoodCopy(b.stateDirectory);
        this.verifier = new BundleVerifier(anchor.instance());
        this.trusted = cache == null ? anchor.verificationCertificates() : cache.trustedKeys(anchor);
        if (cache != null) {
            cache.load(verifier, trusted, clock.instant()).ifPresent(bundle -> {
                current.set(new DownloadedGlobalConf(bundle));
                LOG.info("loaded the cached {}", current.get());
            });
        }
    }

    public static Builder builder(ConfigurationAnchor anchor) {
        return new Builder(anchor);
    }

    /**
     * Downloads, verifies and (if newer) switches to the authority's newest bundle. A bad or unreachable bundle is
     * an outcome ({@link DownloadOutcome.Refused}), not an exception; the caller decides whether to log it.
     */
    public synchronized DownloadOutcome downloadNow() {
        DownloadedGlobalConf previous = current.get();
        long inForce = previous == null ? 0 : previous.version();
        VerifiedBundle bundle;
        try {
            bundle = verifier.verify(source.latest(), trusted, clock.instant(), inForce, false, source.location());
        } catch (IOException e) {
            return new DownloadOutcome.Refused(BundleRejectedException.Reason.UNAVAILABLE, "cannot download from "
                    + source.location() + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "): check the anchor's download URL and that the authority serves there");
        } catch (BundleRejectedException e) {
            return new DownloadOutcome.Refused(e.reason(), e.getMessage());
        }
        if (bundle.directory().version() == inForce) {
            return new DownloadOutcome.Unchanged(inForce);
        }
        if (cache != null) {
            cache.save(bundle, anchor);
        }
        DownloadedGlobalConf next = new DownloadedGlobalConf(bundle);
        trusted = bundle.content().verificationCertificates();
        current.set(next);
        LOG.info("switched to {}", next);
        for (GlobalConfListener listener : listeners) {
            try {
                listener.changed(next);
            } catch (RuntimeException e) {
                LOG.warn("a global configuration listener failed: {}", e.toString());
            }
        }
        return new DownloadOutcome.Updated(inForce, next.version());
    }

    /** Downloads now and then every download interval, on a background thread, until {@link #close()}. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "globalconf-download");
            t.setDaemon(true);
            return t;
        });
        scheduler.execute(this::downloadAndReschedule);
    }

    /** The interval until the next download: the local override, else the configuration's, else the default. */
    public Duration downloadInterval() {
        if (intervalOverride != null) {
            return intervalOverride;
        }
        DownloadedGlobalConf conf = current.get();
        return conf == null ? GlobalSettings.DEFAULTS.downloadInterval() : conf.settings().downloadInterval();
    }

    private void downloadAndReschedule() {
        try {
            if (downloadNow() instanceof DownloadOutcome.Refused refused) {
                LOG.warn("global configuration refused ({}): {}; keeping {}", refused.reason(), refused.message(),
                        current.get() == null ? "none" : current.get());
            }
        } catch (RuntimeException e) {
            LOG.error("global configuration download failed: {}", e.toString(), e);
        }
        try {
            scheduler.schedule(this::downloadAndReschedule, downloadInterval().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            LOG.debug("global configuration downloads stopped");
        }
    }

    @Override
    public DownloadedGlobalConf current() {
        DownloadedGlobalConf conf = current.get();
        if (conf == null) {
            throw new GlobalConfUnavailableException("no global configuration yet: none cached, and no download from "
                    + source.location() + " has succeeded");
        }
        return conf;
    }

    /** The configuration in force, if any. */
    public Optional<DownloadedGlobalConf> latest() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public boolean isExpired(Instant now) {
        DownloadedGlobalConf conf = current.get();
        return conf == null || conf.isExpired(now);
    }

    @Override
    public void addListener(GlobalConfListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The verification certificates the next bundle is checked with. */
    public List<X509Certificate> trustedKeys() {
        return trusted;
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Options of a downloader; only the anchor is required. */
    public static final class Builder {

        private final ConfigurationAnchor anchor;
        private BundleSource source;
        private Clock clock = Clock.systemUTC();
        private Duration interval;
        private Path stateDirectory;

        private Builder(ConfigurationAnchor anchor) {
            this.anchor = Objects.requireNonNull(anchor, "anchor");
        }

        /** Where to download from; default: the anchor's URL over HTTP. */
        public Builder source(BundleSource bundleSource) {
            this.source = bundleSource;
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** A fixed download interval instead of the one the configuration sets. */
        public Builder interval(Duration fixed) {
            if (fixed.isNegative() || fixed.isZero()) {
                throw new IllegalArgumentException("the download interval must be positive");
            }
            this.interval = fixed;
            return this;
        }

        /** Where to keep the last good bundle and learned keys; default: nowhere (nothing survives a restart). */
        public Builder stateDirectory(Path folder) {
            this.stateDirectory = folder;
            return this;
        }

        public GlobalConfDownloader build() {
            return new GlobalConfDownloader(this);
        }
    }
}
