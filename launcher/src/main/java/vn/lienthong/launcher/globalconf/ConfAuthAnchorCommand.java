package vn.lienthong.launcher.globalconf;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.globalconf.bundle.ConfigurationAnchor;

/** {@code lienthong confauth anchor --url URL --out FILE}: the anchor file a security server installs. */
@Command(name = "anchor", mixinStandardHelpOptions = true,
        description = "Writes the configuration anchor for security servers: the instance, the download URL and the"
                + " authority's verification certificates.")
final class ConfAuthAnchorCommand extends AuthoritySubcommand {

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "the download URL servers use, e.g. http://confauth.example:8090/globalconf/")
    private String url;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the anchor")
    private Path outFile;

    @Override
    int execute() {
        ConfigurationAnchor anchor = openAuthority().anchor(Arguments.url("--url", url));
        anchor.write(outFile);
        out().println("Anchor for " + anchor.instance() + " (" + anchor.verificationCertificates().size()
                + " verification certificate(s), " + anchor.downloadUrl() + ") written to " + outFile);
        return 0;
    }
}
