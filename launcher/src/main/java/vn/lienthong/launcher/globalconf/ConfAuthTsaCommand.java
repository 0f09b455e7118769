package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong confauth tsa ...}. */
@Command(name = "tsa", mixinStandardHelpOptions = true, description = "Approved time-stamping authorities.",
        subcommands = ConfAuthTsaAddCommand.class)
final class ConfAuthTsaCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
