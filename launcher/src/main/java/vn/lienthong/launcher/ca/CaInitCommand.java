package vn.lienthong.launcher.ca;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.KeyAlgorithm;

/** {@code lienthong ca init}: creates a root and an issuing intermediate CA in a new directory. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates a new CA.",
                "Makes a root \"NAME Root CA\" and an issuing \"NAME Intermediate CA\" in an empty or new directory,",
                "their key stores protected by the CA password (at least " + CaPassword.MIN_NEW_PASSWORD_LENGTH
                        + " characters)."})
final class CaInitCommand extends CaSubcommand {

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "the CA's name, e.g. 'LienThong'")
    private String name;

    @Option(names = "--keys", defaultValue = "RSA_2048", paramLabel = "ALG",
            description = "key algorithm of the CA keys: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private KeyAlgorithm keys;

    @Mixin
    private CaPassword password;

    @Override
    int execute() {
        if (CertificateAuthority.exists(dir)) {
            throw new CaInputException(dir + " already holds a CA: use it with the other 'lienthong ca' commands,"
                    + " or give an empty directory to create a new one");
        }
        CertificateAuthority ca = CertificateAuthority.init(dir, name, keys, password.readNew(environment()));
        out().println("Created CA '" + name + "' (" + keys + ") in " + ca.directory());
        out().println("  trust anchor: " + ca.rootCertificatePem());
        out().println("  issuing CA:   " + ca.intermediateCertificatePem());
        out().println("  chain:        " + ca.chainPem());
        return 0;
    }
}
