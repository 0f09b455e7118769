package vn.lienthong.globalconf.client;

/** Told about every switch to a newly verified configuration. Must be quick and must not throw. */
@FunctionalInterface
public interface GlobalConfListener {

    void changed(DownloadedGlobalConf current);
}
