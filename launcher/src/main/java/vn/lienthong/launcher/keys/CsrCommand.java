package vn.lienthong.launcher.keys;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lienthong keys csr}: the PKCS#10 request of a key, to send to the CA. */
@Command(name = "csr", mixinStandardHelpOptions = true,
        description = "Writes the certification request (PKCS#10, PEM) of a key, signed by the key itself.")
final class CsrCommand extends KeySubcommand {

    @Option(names = "--key", required = true, paramLabel = "ALIAS", description = "the key (see keys list)")
    String alias;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Override
    void run(KeysWorkspace workspace) throws Exception {
        String pem = workspace.manager().certificationRequest(alias);
        if (out == null) {
            out().print(pem);
        } else {
            CertificateFiles.write(out, pem);
            out().println("Certification request of key " + alias + " written to " + out + ": send it to the CA.");
        }
    }
}
