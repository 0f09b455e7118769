package vn.lienthong.launcher.globalconf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong confauth requests ...}. */
@Command(name = "requests", mixinStandardHelpOptions = true,
        description = "Management requests from security servers: list, approve, reject.",
        subcommands = {ConfAuthRequestsListCommand.class, ConfAuthRequestsApproveCommand.class,
                ConfAuthRequestsRejectCommand.class})
final class ConfAuthRequestsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
