package vn.lienthong.launcher.audit;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.messagelog.verify.ArchiveVerifier;
import vn.lienthong.messagelog.verify.Finding;
import vn.lienthong.messagelog.verify.LogVerifier;
import vn.lienthong.messagelog.verify.VerificationReport;

/** {@code lienthong audit verify}: hash chain, time-stamps, inclusion proofs, signatures, archive chain. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify the whole log (default), one entry, a range of entries, or archive containers: hash chain continuity,",
                "time-stamp tokens (signature, TSA chain to --tsa-ca, imprint = batch root), inclusion proofs, XML signatures",
                "of the logged messages (and their chains with --signer-ca), the archive chain. Prints the first broken link.",
                "Exit code 0 only when everything verifies, 1 when something does not."})
final class AuditVerifyCommand implements Callable<Integer> {

    private static final int SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    LogSource source;

    @Mixin
    TrustOptions trust;

    @ArgGroup(exclusive = true)
    Scope scope;

    static final class Scope {
        @Option(names = "--entry", paramLabel = "N", description = "only entry N")
        Long entry;

        @Option(names = "--range", paramLabel = "FROM..TO", description = "entries FROM to TO inclusive, e.g. 100..250")
        String range;

        @Option(names = "--archive", paramLabel = "FILE.asice", arity = "1..*", description = "archive container files instead of the database")
        List<Path> archives = new ArrayList<>();
    }

    @Override
    public Integer call() {
        VerificationReport report;
        if (scope != null && !scope.archives.isEmpty()) {
            report = new ArchiveVerifier(trust.verifyOptions()).verify(scope.archives);
        } else {
            LogDatabase database = source.database();
            String server = source.server(database);
            LogVerifier verifier = new LogVerifier(database, trust.verifyOptions());
            if (scope == null) {
                report = verifier.verifyAll(server);
            } else if (scope.entry != null) {
                report = verifier.verifyRange(server, scope.entry, scope.entry);
            } else {
                long[] r = range(scope.range);
                report = verifier.verifyRange(server, r[0], r[1]);
            }
        }
        return print(report);
    }

    private int print(VerificationReport report) {
        PrintWriter out = spec.commandLine().getOut();
        report.notes().forEach(n -> out.println("note: " + n));
        out.println("checked " + report.summary());
        if (report.ok()) {
            out.println("OK");
            out.flush();
            return 0;
        }
        Finding first = report.firstBrokenLink().orElseThrow();
        out.println("FIRST BROKEN LINK: " + first);
        report.findings().stream().skip(1).limit(SHOWN).forEach(f -> out.println("  also: " + f));
        if (report.findingCount() > SHOWN + 1) {
            out.println("  ... " + (report.findingCount() - SHOWN - 1) + " more");
        }
        out.flush();
        return 1;
    }

    private long[] range(String text) {
        String[] parts = text.split("\\.\\.");
        try {
            if (parts.length == 2) {
                return new long[] {Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim())};
            }
        } catch (NumberFormatException e) {
            // falls through to the usage error below
        }
        throw new ParameterException(spec.commandLine(), "--range takes FROM..TO, e.g. 100..250, not " + text);
    }
}
