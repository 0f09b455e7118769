package vn.lienthong.launcher.ca;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.IssuedCertificate;

/** {@code lienthong ca list}: the CA's index of issued certificates; needs no password. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists the issued certificates.",
                "In order of issue: serial, type, status, not-after, revocation (time/reason) and subject.",
                "Needs no password."})
final class CaListCommand extends CaSubcommand {

    private static final String ROW = "%-20s %-15s %-8s %-21s %-36s %s%n";

    @Override
    int execute() {
        requireCa();
        List<IssuedCertificate> entries = CertificateAuthority.readIndex(dir);
        PrintWriter out = out();
        out.printf(ROW, "SERIAL", "TYPE", "STATUS", "NOT-AFTER", "REVOKED", "SUBJECT");
        Instant now = Instant.now();
        for (IssuedCertificate entry : entries) {
            String status = entry.isRevoked() ? "REVOKED" : entry.notAfter().isBefore(now) ? "EXPIRED" : "VALID";
            String revoked = entry.isRevoked()
                    ? entry.revocation().time() + "/" + entry.revocation().reason() : "-";
            out.printf(ROW, entry.serialHex(), entry.type(), status, entry.notAfter(), revoked, entry.subject());
        }
        out.println(entries.size() + " certificate(s)");
        return 0;
    }
}
