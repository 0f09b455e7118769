package vn.lienthong.launcher.ca;

import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong ca ...}: the security officer's certification authority, as thin commands over the certs library. */
@Command(name = "ca", mixinStandardHelpOptions = true,
        description = {"The federation's certification authority.",
                "Create it, certify member and security server keys, revoke certificates, publish CRLs, and serve",
                "OCSP and time-stamping.",
                "The CA password comes from --password-file FILE or the environment variable "
                        + CaPassword.ENVIRONMENT_VARIABLE + "."},
        subcommands = {CaInitCommand.class, CaIssueCommand.class, CaRevokeCommand.class, CaCrlCommand.class,
                CaServeCommand.class, CaListCommand.class})
public final class CaCommand implements Runnable {

    private final CaEnvironment environment;

    @Spec
    private CommandSpec spec;

    /** The command on the real process environment. */
    public CaCommand() {
        this(CaEnvironment.system());
    }

    /** The command with given environment variables and a given way to wait while serving (for tests). */
    public CaCommand(CaEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    CaEnvironment environment() {
        return environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
