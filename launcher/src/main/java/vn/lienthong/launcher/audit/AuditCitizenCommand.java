package vn.lienthong.launcher.audit;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.lienthong.messagelog.search.CitizenAccess;
import vn.lienthong.messagelog.search.LogSearch;

/** {@code lienthong audit citizen ID}: who accessed this citizen's data (Decree 13/2023, the right to know). */
@Command(name = "citizen", mixinStandardHelpOptions = true,
        description = "Who accessed a citizen's data: when, which agency (client), for which purpose, which service, which fields.")
final class AuditCitizenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LogSource source;

    @Parameters(index = "0", paramLabel = "CITIZEN_ID", description = "the 12-digit personal identification number")
    String citizenId;

    @Option(names = "--from", paramLabel = "INSTANT", description = "from this instant, ISO-8601")
    Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "before this instant, ISO-8601")
    Instant to;

    @Override
    public Integer call() {
        if (!citizenId.matches("\\d{12}")) {
            throw new ParameterException(spec.commandLine(), "a personal identification number has 12 digits: " + citizenId);
        }
        List<CitizenAccess> accesses = new LogSearch(source.database()).citizen(citizenId, from, to);
        PrintWriter out = spec.commandLine().getOut();
        out.println("when\tagency (client)\tpurpose\tservice\tfields disclosed\toutcome\tquery id\tuser\tlogged by");
        for (CitizenAccess a : accesses) {
            out.println(String.join("\t", a.when().toString(), a.client(), a.purpose(), a.service(),
                    String.join(",", a.fieldsDisclosed()), a.outcome().name(), a.queryId(), a.userId(),
                    a.loggedBy() + " " + a.side()));
        }
        out.println(accesses.size() + " accesses to the data of " + citizenId);
        out.flush();
        return 0;
    }
}
