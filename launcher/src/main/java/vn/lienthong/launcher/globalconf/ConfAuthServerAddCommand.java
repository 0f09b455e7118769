package vn.lienthong.launcher.globalconf;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.format.Sha256;

/** {@code lienthong confauth server add VN/GOV/MPS/SS-MPS --host ... --port ...}. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Registers (or replaces) a security server directly, without a management request:",
                "its address, authentication certificates and clients."})
final class ConfAuthServerAddCommand extends AuthoritySubcommand {

    @Parameters(index = "0", paramLabel = "SERVER", description = "the server, INSTANCE/CLASS/MEMBER/SERVERCODE")
    private String server;

    @Option(names = "--host", required = true, paramLabel = "HOST", description = "host of its server proxy")
    private String host;

    @Option(names = "--port", required = true, paramLabel = "N", description = "port of its server proxy")
    private int port;

    @Option(names = "--auth-cert", paramLabel = "PEM", description = "an authentication certificate (repeatable)")
    private List<Path> authCertificates = List.of();

    @Option(names = "--auth-cert-hash", paramLabel = "SHA256",
            description = "an authentication certificate's SHA-256, hex (repeatable)")
    private List<String> authCertHashes = List.of();

    @Option(names = "--client", paramLabel = "ID", description = "a member or subsystem it serves (repeatable)")
    private List<String> clients = List.of();

    @Override
    int execute() {
        SecurityServerId id = Arguments.parse("SERVER", server, SecurityServerId::parse);
        if (port < 1 || port > 65535) {
            throw new CliInputException("bad --port " + port + ": give 1 to 65535");
        }
        Set<String> hashes = new HashSet<>();
        for (Path pem : authCertificates) {
            hashes.add(Certificates.sha256Hex(Arguments.certificate("--auth-cert", pem)));
        }
        for (String hash : authCertHashes) {
            if (!Sha256.isHex(hash)) {
                throw new CliInputException("bad --auth-cert-hash '" + hash + "': give 64 hex digits");
            }
            hashes.add(hash.toLowerCase(Locale.ROOT));
        }
        Set<ClientId> served = new HashSet<>();
        for (String c : clients) {
            served.add(Arguments.parse("--client", c, ClientId::parse));
        }
        openAuthority().update(r -> r.withServer(new SecurityServerInfo(id, host, port, hashes, served)));
        out().println("Security server " + id + " at " + host + ":" + port + " registered with " + hashes.size()
                + " authentication certificate(s) and " + served.size() + " client(s).");
        return 0;
    }
}
