package vn.lienthong.routes.runtime;

import java.time.Instant;
import vn.lienthong.conf.global.GlobalConf;
import vn.lienthong.globalconf.client.GlobalConfListener;
import vn.lienthong.globalconf.client.GlobalConfSource;

/** A federation file as a global configuration source: it never changes and never expires. */
public final class StaticGlobalConf implements GlobalConfSource {

    private final GlobalConf conf;

    public StaticGlobalConf(GlobalConf conf) {
        this.conf = conf;
    }

    @Override
    public GlobalConf current() {
        return conf;
    }

    @Override
    public boolean isExpired(Instant now) {
        return !now.isBefore(conf.expiresAt());
    }

    @Override
    public void addListener(GlobalConfListener listener) {
        // a file read at start never switches
    }
}
