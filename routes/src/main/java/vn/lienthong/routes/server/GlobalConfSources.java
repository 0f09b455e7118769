package vn.lienthong.routes.server;

import java.time.Clock;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.global.FederationFile;
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
final class GlobalConfSources {

    private GlobalConfSources() {
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
