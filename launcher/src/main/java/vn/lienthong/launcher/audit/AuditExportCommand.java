package vn.lienthong.launcher.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.lienthong.messagelog.evidence.EvidenceExporter;
import vn.lienthong.messagelog.evidence.EvidenceNotReadyException;

/** {@code lienthong audit export}: the evidence container of one exchange. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the evidence container (ASiC-E) of one exchange: its request and response entries, time-stamp tokens,",
                "inclusion proofs and signer certificates. Its README.txt gives the openssl, xmlsec1 and sha256sum commands that verify it.",
                "Exit code 1 when no entry has the query id or an entry is not time-stamped yet."})
final class AuditExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LogSource source;

    @Option(names = "--query-id", paramLabel = "ID", required = true, description = "the exchange's query id")
    String queryId;

    @Option(names = "--out", paramLabel = "FILE.asice", required = true, description = "where to write the container")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        boolean found;
        try (OutputStream stream = Files.newOutputStream(partial)) {
            found = new EvidenceExporter(source.database()).write(queryId, stream);
        } catch (EvidenceNotReadyException e) {
            Files.deleteIfExists(partial);
            spec.commandLine().getErr().println("lienthong audit export: " + e.getMessage() + "; try again after the next time-stamping round");
            return 1;
        }
        if (!found) {
            Files.deleteIfExists(partial);
            spec.commandLine().getErr().println("lienthong audit export: no logged exchange has query id " + queryId);
            return 1;
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getOut().println("wrote " + out + " (" + Files.size(out) + " bytes)");
        return 0;
    }
}
