package vn.lienthong.launcher.npd;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lienthong npd dead-letters}: the messages past the redelivery bound. */
@Command(name = "dead-letters", mixinStandardHelpOptions = true,
        description = "List the messages that ended in the dead-letter queue; replay one or all once the cause is fixed.",
        subcommands = {DeadLettersListCommand.class, DeadLettersReplayCommand.class})
final class DeadLettersCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
