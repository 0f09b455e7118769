package vn.lienthong.launcher.globalconf;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.request.ManagementRequest;
import vn.lienthong.globalconf.request.RegisterAuthCertificate;

/** {@code lienthong globalconf request register-auth-cert --server ID --host H --port N --certificate PEM ...}. */
@Command(name = "register-auth-cert", mixinStandardHelpOptions = true,
        description = {"Asks to register the server's TLS authentication certificate; for a server not yet",
                "registered, approval registers it at HOST:PORT."})
final class RegisterAuthCertRequestCommand extends RequestSubcommand {

    @Option(names = "--host", required = true, paramLabel = "HOST", description = "host of the server proxy")
    private String host;

    @Option(names = "--port", required = true, paramLabel = "N", description = "port of the server proxy")
    private int port;

    @Option(names = "--certificate", required = true, paramLabel = "PEM",
            description = "the authentication certificate the CA issued for the server")
    private Path certificate;

    @Override
    ManagementRequest request(MemberId requester, SecurityServerId serverId) {
        return new RegisterAuthCertificate(requester, serverId, host, port,
                Arguments.certificate("--certificate", certificate));
    }
}
