package vn.lienthong.launcher.keys;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.security.keyconf.KeyRecord;
import vn.lienthong.security.keyconf.KeyState;

/** {@code lienthong keys import}: stores the certificate the CA issued with its key. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports an issued certificate (PEM or DER; intermediates may follow) for the key it matches.",
            "Refused when it matches no key, has expired, or was not issued by an approved CA."})
final class ImportCertificateCommand extends KeySubcommand {

    @Option(names = "--certificate", required = true, paramLabel = "FILE", description = "the certificate file")
    Path certificate;

    @Option(names = "--key", paramLabel = "ALIAS", description = "the key it is for (default: the key it matches)")
    String alias;

    @Override
    void run(KeysWorkspace workspace) throws Exception {
        KeyRecord key = workspace.manager().importCertificate(CertificateFiles.read(certificate), Optional.ofNullable(alias));
        out().println("Imported the certificate of key " + key.alias() + " (" + key.purpose() + "), now " + key.state()
                + (key.state() == KeyState.ACTIVE ? "."
                        : ". Next: lienthong keys activate --config DIR --key " + key.alias()));
    }
}
