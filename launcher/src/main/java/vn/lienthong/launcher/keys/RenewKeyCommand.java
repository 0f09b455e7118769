package vn.lienthong.launcher.keys;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.security.keyconf.KeyRecord;

/** {@code lienthong keys renew}: a new key beside an existing one, for the same purpose. */
@Command(name = "renew", mixinStandardHelpOptions = true,
        description = {"Generates a new key of the same type and purpose beside KEY, which stays in use.",
            "Import the new certificate, then activate the new key: the switch is atomic."})
final class RenewKeyCommand extends KeySubcommand {

    @Option(names = "--key", required = true, paramLabel = "ALIAS", description = "the key to renew")
    String alias;

    @Option(names = "--csr", paramLabel = "FILE", description = "write the new key's certification request (PEM) to FILE")
    Path csr;

    @Override
    void run(KeysWorkspace workspace) throws Exception {
        KeyRecord renewed = workspace.manager().renew(alias);
        out().println("Generated key " + renewed.alias() + " to renew " + alias + " (" + renewed.purpose() + ").");
        if (csr != null) {
            CertificateFiles.write(csr, workspace.manager().certificationRequest(renewed.alias()));
            out().println("Certification request written to " + csr + ": send it to the CA.");
        }
        out().println("Next: lienthong keys import --config DIR --certificate FILE, then lienthong keys activate --config DIR --key "
                + renewed.alias());
    }
}
