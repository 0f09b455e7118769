package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong confauth ca ...}. */
@Command(name = "ca", mixinStandardHelpOptions = true, description = "Approved certification authorities.",
        subcommands = ConfAuthCaAddCommand.class)
final class ConfAuthCaCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
