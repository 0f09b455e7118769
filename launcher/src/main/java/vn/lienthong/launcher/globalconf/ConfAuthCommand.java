package vn.lienthong.launcher.globalconf;

import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong confauth ...}: the configuration authority's administration, thin over the globalconf library. */
@Command(name = "confauth", mixinStandardHelpOptions = true,
        description = {"The configuration authority: keep the instance registry, publish it signed, serve it and",
                "the management requests of security servers, and approve or reject those requests.",
                "The signing key password comes from --password-file FILE or the environment variable "
                        + AuthorityPassword.ENVIRONMENT_VARIABLE + "."},
        subcommands = {ConfAuthInitCommand.class, ConfAuthMemberCommand.class, ConfAuthServerCommand.class,
                ConfAuthGroupCommand.class, ConfAuthCaCommand.class, ConfAuthTsaCommand.class,
                ConfAuthSettingsCommand.class, ConfAuthPublishCommand.class, ConfAuthAnchorCommand.class,
                ConfAuthKeyCommand.class, ConfAuthServeCommand.class, ConfAuthRequestsCommand.class})
public final class ConfAuthCommand implements Runnable, CliEnvironment.Holder {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    public ConfAuthCommand() {
        this(CliEnvironment.system());
    }

    public ConfAuthCommand(CliEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public CliEnvironment environment() {
        return environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
