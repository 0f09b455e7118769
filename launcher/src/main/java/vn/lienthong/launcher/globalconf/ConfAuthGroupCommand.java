package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong confauth group ...}. */
@Command(name = "group", mixinStandardHelpOptions = true, description = "Global groups of the instance.",
        subcommands = ConfAuthGroupAddCommand.class)
final class ConfAuthGroupCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
