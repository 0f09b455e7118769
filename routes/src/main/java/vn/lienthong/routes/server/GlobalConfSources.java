package vn.lienthong.routes.server;

import java.time.Clock;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.global.FederationFile;
import vn.lienthong.conf.global.GlobalConf;
import vn.lienthong.conf.local.ServerConf;
import vn.lienthong.globalconf.bundle.ConfigurationAnchor;
import vn.lienthong.globalconf.client.DownloadOutcome;
import vn.lienthong.globalconf.client.GlobalConfDownloader;
import vn.lienthong.globalconf.client.GlobalConfSource;

/**
 * Where a security server's global configuration comes from: downloaded, verified and renewed from the
 * configuration authority named in {@code lienthong.globalconf.anchor}, or a static
 * {@code lienthong.federation.file}.
 */
public final class GlobalConfSources {

    private GlobalConfSources() {
    }

    /**
     * The global configuration a server's tools act on, read once: the static file, or the last verified
     * copy the server keeps (downloaded now when there is none yet).
     */
    public static GlobalConf readOnce(ServerConf conf, Clock clock) {
        if (conf.globalConfAnchor() == null) {
            return FederationFile.load(conf.federationFile());
        }
        GlobalConfDownloader downloader = GlobalConfDownloader.builder(ConfigurationAnchor.read(conf.globalConfAnchor()))
                .stateDirectory(conf.directory().resolve("globalconf")).clock(clock).build();
        try {
            if (downloader.latest().isEmpty()) {
                DownloadOutcome outcome = downloader.downloadNow();
                if (downloader.latest().isEmpty()) {
                    throw new ConfException("no global configuration: none is kept in " + conf.directory().resolve("globalconf")
                            + " and the download failed (" + outcome + ")");
                }
            }
            return downloader.latest().get();
        } finally {
            downloader.close();
        }
    }

    static GlobalConfSource open(ServerConf conf, Clock clock) {
        if (conf.globalConfAnchor() == null) {
            return new vn.lienthong.routes.runtime.StaticGlobalConf(FederationFile.load(conf.federationFile()));
        }
        GlobalConfDownloader downloader;
        try {
            downloader = GlobalConfDownloader.builder(ConfigurationAnchor.read(conf.globalConfAnchor()))
                    .stateDirectory(conf.directory().resolve("globalconf")).clock(clock).build();
        } catch (RuntimeException e) {
            throw new ConfException("cannot use the configuration anchor " + conf.globalConfAnchor() + ": " + e.getMessage(), e);
        }
        DownloadOutcome first = downloader.downloadNow();
        if (downloader.latest().isEmpty()) {
            downloader.close();
            throw new ConfException("no global configuration: the first download from the anchor's address failed ("
                    + first + ") and no earlier copy is kept in " + conf.directory().resolve("globalconf"));
        }
        downloader.start();
        return downloader;
    }
}
