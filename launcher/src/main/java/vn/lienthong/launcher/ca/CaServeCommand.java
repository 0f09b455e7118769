package vn.lienthong.launcher.ca;

import java.net.InetAddress;
import java.net.UnknownHostException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.services.CaServices;
import vn.lienthong.certs.tsa.TimeStampAuthority;

/** {@code lienthong ca serve}: the CA's OCSP responder and time-stamping authority over HTTP, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves OCSP and time-stamping until Ctrl-C.",
                "Runs the CA's OCSP responder (RFC 6960) and time-stamping authority (RFC 3161) over HTTP.",
                "Their certificates are made on first run and kept in DIR/ocsp and DIR/tsa."})
final class CaServeCommand extends CaSubcommand {

    @Option(names = "--ocsp-port", defaultValue = "8888", paramLabel = "N",
            description = "OCSP responder port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    private int ocspPort;

    @Option(names = "--tsa-port", defaultValue = "8889", paramLabel = "N",
            description = "time-stamping port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    private int tsaPort;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "address to listen on (default: ${DEFAULT-VALUE})")
    private String bind;

    @Option(names = "--tsa-policy", defaultValue = TimeStampAuthority.DEFAULT_POLICY, paramLabel = "OID",
            description = "the TSA policy OID stated in every token (default: ${DEFAULT-VALUE})")
    private String tsaPolicy;

    @Mixin
    private CaPassword password;

    @Override
    int execute() throws Exception {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new CaInputException("cannot resolve --bind " + bind + ": give an IP address such as 127.0.0.1", e);
        }
        CaServices.Settings settings = new CaServices.Settings(address, ocspPort, tsaPort, tsaPolicy);
        requireCa();
        char[] secret = password.read(environment());
        CertificateAuthority ca = CertificateAuthority.open(dir, secret);
        try (CaServices services = CaServices.start(ca, secret, settings)) {
            out().println("Serving the CA in " + ca.directory() + " (Ctrl-C stops)");
            out().println("  OCSP responder:  " + services.ocspUri() + "   responder certificate: "
                    + ca.ocspResponderCertificatePem());
            out().println("  time-stamping:   " + services.tsaUri() + "   TSA certificate: "
                    + ca.timeStampingCertificatePem() + "   policy " + services.tsaPolicy());
            out().flush();
            environment().serve(services);
        }
        return 0;
    }
}
