package vn.lienthong.launcher.keys;

import java.time.Clock;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong keys}: a security officer's key and certificate management on one security server. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"Manages the security server's keys and certificates: generate a key, make its CSR, import the",
            "issued certificate, activate, disable, delete, renew, and list them with expiry and OCSP status.",
            "Typical run: generate --for signing:VN/GOV/MPS --csr req.pem; (CA issues cert.pem);",
            "import --certificate cert.pem; activate --key ALIAS."},
        subcommands = {GenerateKeyCommand.class, CsrCommand.class, ImportCertificateCommand.class,
            ListKeysCommand.class, ActivateKeyCommand.class, DisableKeyCommand.class, DeleteKeyCommand.class,
            RenewKeyCommand.class})
public final class KeysCommand implements Runnable {

    private final Clock clock;

    @Spec
    private CommandSpec spec;

    public KeysCommand() {
        this(Clock.systemUTC());
    }

    /** With the clock that certificate validity is judged by. */
    public KeysCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
