package vn.lienthong.launcher.globalconf;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.globalconf.registry.ApprovedCa;

/** {@code lienthong confauth ca add --name ... --root PEM}. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Approves a CA (or replaces the approved CA of that name): its root, intermediates and OCSP responders.")
final class ConfAuthCaAddCommand extends AuthoritySubcommand {

    @Option(names = "--name", required = true, paramLabel = "TEXT", description = "the CA's name")
    private String name;

    @Option(names = "--root", required = true, paramLabel = "PEM", description = "the CA's root certificate")
    private Path root;

    @Option(names = "--intermediate", paramLabel = "PEM", description = "intermediate certificates (repeatable)")
    private List<Path> intermediates = List.of();

    @Option(names = "--ocsp", paramLabel = "URL", description = "an OCSP responder URL (repeatable)")
    private List<String> ocsp = List.of();

    @Override
    int execute() {
        List<X509Certificate> chain = new ArrayList<>();
        for (Path p : intermediates) {
            chain.addAll(Arguments.certificates("--intermediate", p));
        }
        List<URI> responders = ocsp.stream().map(u -> Arguments.url("--ocsp", u)).toList();
        openAuthority().update(r -> r.withApprovedCa(new ApprovedCa(name, Arguments.certificate("--root", root), chain,
                responders)));
        out().println("CA " + name + " approved with " + chain.size() + " intermediate(s) and " + responders.size()
                + " OCSP responder(s).");
        return 0;
    }
}
