package vn.lienthong.benchmarks.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.local.ServerConf;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;
import vn.lienthong.globalconf.registry.GlobalSettings;
import vn.lienthong.launcher.demo.DemoFederationSpec;
import vn.lienthong.launcher.demo.DemoWorkspace;

/**
 * Puts the benchmark's federation on the product's intervals, X-Road's defaults ({@link GlobalSettings#DEFAULTS}),
 * instead of the demo's short ones. The demo publishes and downloads the global configuration every 2 s and
 * time-stamps the message log every 5 s, so that a change shows within seconds; a deployed federation downloads
 * every 60 s, stamps once a minute and accepts OCSP responses up to an hour old, and that is what scenario C should
 * cost. Only intervals change: every message is still signed, encrypted, checked, logged and time-stamped.
 */
public final class ProductionIntervals {

    /** The security servers' own settings, in {@code server.properties}, that the demo sets shorter. */
    static final Map<String, String> SERVER_PROPERTIES = Map.of(
            "lienthong.messagelog.stamping-interval-seconds",
            Long.toString(GlobalSettings.DEFAULTS.timeStampingInterval().toSeconds()),
            "lienthong.ocsp.freshness-seconds",
            Long.toString(GlobalSettings.DEFAULTS.ocspFreshness().toSeconds()));

    private ProductionIntervals() {
    }

    /**
     * Sets the configuration authority's global settings to the defaults and the intervals in every security
     * server's {@code server.properties}; call after {@link DemoWorkspace#prepare}, before anything starts.
     *
     * @return what was set, one line each, for the results
     */
    public static List<String> apply(DemoWorkspace workspace, char[] authorityPassword) {
        ConfigurationAuthority authority = ConfigurationAuthority.open(workspace.root().resolve("authority"),
                authorityPassword, Clock.systemUTC());
        authority.update(registry -> registry.withSettings(GlobalSettings.DEFAULTS));
        GlobalSettings set = authority.registry().settings();
        for (SecurityServerId server : DemoFederationSpec.SERVERS) {
            setProperties(workspace.serverDirectory(server).resolve(ServerConf.FILE_NAME), SERVER_PROPERTIES);
        }
        return List.of("global configuration published and downloaded every " + set.downloadInterval().toSeconds() + " s",
                "global OCSP freshness " + set.ocspFreshness().toSeconds() + " s",
                "global time-stamping interval " + set.timeStampingInterval().toSeconds() + " s");
    }

    /** Replaces the value of each named key in a properties file, or appends the key if the file lacks it. */
    static void setProperties(Path file, Map<String, String> values) {
        try {
            Map<String, String> missing = new LinkedHashMap<>(values);
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                String key = eq < 0 || line.startsWith("#") ? null : line.substring(0, eq).trim();
                if (key != null && values.containsKey(key)) {
                    lines.add(key + "=" + values.get(key));
                    missing.remove(key);
                } else {
                    lines.add(line);
                }
            }
            missing.forEach((key, value) -> lines.add(key + "=" + value));
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set the production intervals in " + file, e);
        }
    }
}
