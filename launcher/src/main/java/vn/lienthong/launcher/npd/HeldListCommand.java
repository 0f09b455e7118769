package vn.lienthong.launcher.npd;

import java.io.PrintWriter;

import picocli.CommandLine.Command;

/** {@code lienthong npd held list}: the updates waiting for an operator's decision. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists the updates held for review, oldest first: update id, citizen, source,",
                "event, when received, the fields it would change (values left out) and the",
                "conflicts that stopped it."})
final class HeldListCommand extends NpdSubcommand {

    @Override
    void execute(OperatorClient npd, PrintWriter out) throws NpdOperatorFailure {
        TextTable table = TextTable.parse(npd.get("/held"));
        out.print(table.render());
        out.println(table.rows() + " held update(s)");
    }
}
