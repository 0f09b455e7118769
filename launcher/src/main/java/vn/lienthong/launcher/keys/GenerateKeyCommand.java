package vn.lienthong.launcher.keys;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.security.keyconf.KeyPurpose;
import vn.lienthong.security.keyconf.KeyRecord;
import vn.lienthong.security.token.KeyType;

/** {@code lienthong keys generate}: a new key pair in the token, optionally with its CSR. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates a key pair in the token for signing on behalf of a member or for the server's TLS authentication.")
final class GenerateKeyCommand extends KeySubcommand {

    @Option(names = "--for", required = true, paramLabel = "PURPOSE",
            description = "signing:INSTANCE/CLASS/MEMBER or auth:INSTANCE/CLASS/MEMBER/SERVER")
    String purpose;

    @Option(names = "--algorithm", paramLabel = "RSA|EC", defaultValue = "RSA",
            description = "RSA (2048 bits, default) or EC (P-256)")
    String algorithm;

    @Option(names = "--csr", paramLabel = "FILE", description = "also write the certification request (PEM) to FILE")
    Path csr;

    @Override
    boolean createsToken() {
        return true;
    }

    @Override
    void run(KeysWorkspace workspace) throws Exception {
        KeyRecord key = workspace.manager().generate(KeyPurpose.parse(purpose), KeyType.parse(algorithm));
        out().println("Generated key " + key.alias() + " (" + KeyType.parse(algorithm) + ") for " + key.purpose()
                + " in token " + workspace.manager().token().name() + ".");
        if (csr != null) {
            CertificateFiles.write(csr, workspace.manager().certificationRequest(key.alias()));
            out().println("Certification request written to " + csr + ": send it to the CA.");
        } else {
            out().println("Next: lienthong keys csr --config DIR --key " + key.alias() + " --out FILE");
        }
    }
}
