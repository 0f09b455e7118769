package vn.lienthong.launcher.globalconf;

import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong globalconf ...}: a security server operator's side of the global configuration. */
@Command(name = "globalconf", mixinStandardHelpOptions = true,
        description = {"A security server's side of the global configuration: download and verify it once, and",
                "send signed management requests to the configuration authority."},
        subcommands = {GlobalConfDownloadCommand.class, GlobalConfRequestCommand.class})
public final class GlobalConfCommand implements Runnable, CliEnvironment.Holder {

    private final CliEnvironment environment;

    @Spec
    private CommandSpec spec;

    public GlobalConfCommand() {
        this(CliEnvironment.system());
    }

    public GlobalConfCommand(CliEnvironment environment) {
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
