package vn.lienthong.launcher.audit;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.lienthong.messagelog.search.EntrySummary;
import vn.lienthong.messagelog.search.LogSearch;
import vn.lienthong.messagelog.search.Outcome;
import vn.lienthong.messagelog.search.SearchCriteria;

/** {@code lienthong audit search}: entries by query id, client, service, citizen id, time range and outcome. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "List log entries (metadata only) matching every given criterion, oldest first.")
final class AuditSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LogSource source;

    @Option(names = "--query-id", paramLabel = "ID", description = "the exchange's query id")
    String queryId;

    @Option(names = "--client", paramLabel = "CLIENT_ID", description = "the client subsystem, e.g. VN/GOV/VPCP/PORTAL")
    String client;

    @Option(names = "--service", paramLabel = "SERVICE_ID", description = "the service, e.g. VN/GOV/MPS/NPD/getCitizen/v1")
    String service;

    @Option(names = "--citizen", paramLabel = "ID", description = "a 12-digit personal identification number")
    String citizen;

    @Option(names = "--from", paramLabel = "INSTANT", description = "logged at or after, ISO-8601 (2026-06-01T00:00:00Z)")
    Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "logged before, ISO-8601")
    Instant to;

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "SUCCESS or FAULT")
    Outcome outcome;

    @Option(names = "--fault-code", paramLabel = "CODE", description = "exactly this fault code")
    String faultCode;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "at most N entries (default ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        SearchCriteria criteria = SearchCriteria.builder().queryId(queryId).client(client).service(service).citizenId(citizen)
                .from(from).to(to).outcome(outcome).faultCode(faultCode).limit(limit).build();
        List<EntrySummary> found = new LogSearch(source.database()).search(criteria);
        PrintWriter out = spec.commandLine().getOut();
        out.println("server\tentry\tlogged at\tside\tdirection\tquery id\tclient\tservice\tuser\tpurpose\toutcome\tcitizens\tfields");
        for (EntrySummary e : found) {
            out.println(String.join("\t", e.serverId(), Long.toString(e.entryNumber()), e.loggedAt().toString(),
                    e.side().name(), e.direction().name(), e.queryId(), e.client(), e.service(), e.userId(), e.issue(),
                    e.faultCode() == null ? "OK" : e.faultCode(), String.join(",", e.citizenIds()),
                    String.join(",", e.fieldsDisclosed())));
        }
        out.println(found.size() + " entries");
        out.flush();
        return 0;
    }
}
