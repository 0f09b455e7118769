package vn.lienthong.launcher.npd;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong npd held}: the updates held for review. */
@Command(name = "held", mixinStandardHelpOptions = true,
        description = "List the updates held for conflicting with what another source recorded; accept or reject one.",
        subcommands = {HeldListCommand.class, HeldAcceptCommand.class, HeldRejectCommand.class})
final class HeldCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
