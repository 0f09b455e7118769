package vn.lienthong.launcher.globalconf;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.globalconf.bundle.ConfigurationAnchor;
import vn.lienthong.globalconf.client.DownloadOutcome;
import vn.lienthong.globalconf.client.DownloadedGlobalConf;
import vn.lienthong.globalconf.client.GlobalConfDownloader;

/** {@code lienthong globalconf download --anchor FILE --out DIR}: one verified download. */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = {"Downloads the global configuration once, verifies its signature and every part's hash, and",
                "keeps it in DIR (the layout a security server's state folder uses). Exit code 1 if refused."})
final class GlobalConfDownloadCommand extends CliSubcommand {

    @Option(names = "--anchor", required = true, paramLabel = "FILE", description = "the configuration anchor")
    private Path anchorFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to keep the verified bundle")
    private Path outDir;

    @Override
    int execute() {
        ConfigurationAnchor anchor = ConfigurationAnchor.read(anchorFile);
        try (GlobalConfDownloader downloader = GlobalConfDownloader.builder(anchor).stateDirectory(outDir).build()) {
            DownloadOutcome outcome = downloader.downloadNow();
            if (outcome instanceof DownloadOutcome.Refused refused) {
                spec.commandLine().getErr().println(spec.qualifiedName() + ": refused (" + refused.reason() + "): "
                        + refused.message());
                return CliFailure.FAILED;
            }
            DownloadedGlobalConf conf = downloader.current();
            out().println((outcome instanceof DownloadOutcome.Updated ? "Downloaded " : "Already have ") + conf);
            out().println("  " + conf.members().size() + " member(s), " + conf.securityServers().size()
                    + " security server(s), " + conf.approvedCas().size() + " approved CA(s); kept in " + outDir);
            return 0;
        }
    }
}
