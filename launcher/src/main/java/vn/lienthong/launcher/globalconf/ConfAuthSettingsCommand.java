package vn.lienthong.launcher.globalconf;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;
import vn.lienthong.globalconf.registry.GlobalSettings;

/** {@code lienthong confauth settings [--validity S] ...}: shows the global settings, changing the ones given. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = "Shows the global settings; the options given change them (all in seconds).")
final class ConfAuthSettingsCommand extends AuthoritySubcommand {

    @Option(names = "--ocsp-freshness", paramLabel = "S", description = "max age of an OCSP response")
    private Long ocspFreshness;

    @Option(names = "--timestamping-interval", paramLabel = "S", description = "how often servers time-stamp logs")
    private Long timeStampingInterval;

    @Option(names = "--validity", paramLabel = "S", description = "how long a published bundle is valid (X-Road: 600)")
    private Long validity;

    @Option(names = "--download-interval", paramLabel = "S", description = "how often servers download (X-Road: 60)")
    private Long downloadInterval;

    @Override
    int execute() {
        ConfigurationAuthority authority = openAuthority();
        GlobalSettings s = authority.registry().settings();
        GlobalSettings edited = new GlobalSettings(or(ocspFreshness, s.ocspFreshness()),
                or(timeStampingInterval, s.timeStampingInterval()), or(validity, s.configurationValidity()),
                or(downloadInterval, s.downloadInterval()));
        if (!edited.equals(s)) {
            authority.update(r -> r.withSettings(edited));
        }
        out().println("OCSP freshness:          " + edited.ocspFreshness().toSeconds() + " s");
        out().println("time-stamping interval:  " + edited.timeStampingInterval().toSeconds() + " s");
        out().println("configuration validity:  " + edited.configurationValidity().toSeconds() + " s");
        out().println("download interval:       " + edited.downloadInterval().toSeconds() + " s");
        return 0;
    }

    private static Duration or(Long seconds, Duration current) {
        return seconds == null ? current : Duration.ofSeconds(seconds);
    }
}
