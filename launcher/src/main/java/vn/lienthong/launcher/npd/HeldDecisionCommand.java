package vn.lienthong.launcher.npd;

import java.io.PrintWriter;
import java.util.Map;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What accepting and rejecting a held update share: the update id, who decides and why, all recorded. */
abstract class HeldDecisionCommand extends NpdSubcommand {

    @Parameters(index = "0", paramLabel = "ID", description = "the held update's id (from 'lienthong npd held list')")
    String updateId;

    @Option(names = "--operator", required = true, paramLabel = "NAME", description = "who decides, for the record")
    String operator;

    @Option(names = "--note", required = true, paramLabel = "TEXT",
            description = "why, for the record: whom you checked with (civil-status agency, the citizen)")
    String note;

    /** {@code accept} or {@code reject}: the endpoint's path below {@code /held/}. */
    abstract String decision();

    @Override
    final void execute(OperatorClient npd, PrintWriter out) throws NpdOperatorFailure {
        out.print(npd.post("/held/" + decision(), Map.of("updateId", updateId, "operator", operator, "note", note)));
    }
}
