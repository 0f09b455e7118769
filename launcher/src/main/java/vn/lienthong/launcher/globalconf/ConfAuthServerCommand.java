package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong confauth server ...}. */
@Command(name = "server", mixinStandardHelpOptions = true, description = "Security servers of the instance.",
        subcommands = ConfAuthServerAddCommand.class)
final class ConfAuthServerCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
