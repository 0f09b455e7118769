package vn.lienthong.launcher.globalconf;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.globalconf.registry.ApprovedTsa;

/** {@code lienthong confauth tsa add --name ... --url ... --certificate PEM}. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Approves a time-stamping authority (or replaces the one of that name).")
final class ConfAuthTsaAddCommand extends AuthoritySubcommand {

    @Option(names = "--name", required = true, paramLabel = "TEXT", description = "the TSA's name")
    private String name;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "where it answers RFC 3161 requests")
    private String url;

    @Option(names = "--certificate", required = true, paramLabel = "PEM", description = "the TSA's certificate")
    private Path certificate;

    @Override
    int execute() {
        ApprovedTsa tsa = new ApprovedTsa(name, Arguments.url("--url", url),
                Arguments.certificate("--certificate", certificate));
        openAuthority().update(r -> r.withApprovedTsa(tsa));
        out().println("TSA " + name + " at " + url + " approved.");
        return 0;
    }
}
