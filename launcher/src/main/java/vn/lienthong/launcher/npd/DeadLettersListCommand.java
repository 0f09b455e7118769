package vn.lienthong.launcher.npd;

import java.io.PrintWriter;

import picocli.CommandLine.Command;

/** {@code lienthong npd dead-letters list}. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists the dead-letter queue: message id, the queue it failed on, deliveries,",
                "when first sent, and its business key (notification or update id). Bodies are",
                "left out: they hold personal data."})
final class DeadLettersListCommand extends NpdSubcommand {

    @Override
    void execute(OperatorClient npd, PrintWriter out) throws NpdOperatorFailure {
        TextTable table = TextTable.parse(npd.get("/dead-letters"));
        out.print(table.render());
        out.println(table.rows() + " dead letter(s)");
    }
}
