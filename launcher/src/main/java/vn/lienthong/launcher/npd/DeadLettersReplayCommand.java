package vn.lienthong.launcher.npd;

import java.io.PrintWriter;
import java.util.Map;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lienthong npd dead-letters replay ID|--all}. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Puts a dead letter (or every one) back on the queue it failed on, once the cause is fixed.")
final class DeadLettersReplayCommand extends NpdSubcommand {

    /** Exactly one of: a message id, or --all. */
    static final class Which {
        @Parameters(paramLabel = "ID", description = "the dead letter's message id (from 'lienthong npd dead-letters list')")
        String messageId;

        @Option(names = "--all", required = true, description = "replay every dead letter")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Override
    void execute(OperatorClient npd, PrintWriter out) throws NpdOperatorFailure {
        out.print(npd.post("/dead-letters/replay", which.all ? Map.of("all", "true") : Map.of("messageId", which.messageId)));
    }
}
