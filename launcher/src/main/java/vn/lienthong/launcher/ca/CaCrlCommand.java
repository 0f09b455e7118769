package vn.lienthong.launcher.ca;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.IssuedCrl;

/** {@code lienthong ca crl}: signs a new CRL of every revoked certificate. */
@Command(name = "crl", mixinStandardHelpOptions = true,
        description = {"Publishes a new CRL.",
                "Signs an X.509 v2 CRL of every revoked certificate with the intermediate CA's key (next CRL",
                "number) and writes it to FILE; the CA directory keeps the latest in crl/crl.der and crl/crl.pem."})
final class CaCrlCommand extends CaSubcommand {

    /** How to write the copy at --out. */
    enum Format { PEM, DER }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the CRL")
    private Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default: PEM for a .pem FILE, DER otherwise)")
    private Format format;

    @Option(names = "--days", defaultValue = "7", paramLabel = "N",
            description = "days until the CRL's nextUpdate (default: ${DEFAULT-VALUE})")
    private int days;

    @Mixin
    private CaPassword password;

    @Override
    int execute() throws IOException {
        if (days <= 0) {
            throw new CaInputException("--days must be a positive number of days, got " + days);
        }
        CertificateAuthority ca = openCa(password);
        IssuedCrl crl = ca.issueCrl(Duration.ofDays(days));
        Format written = format != null ? format
                : out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pem") ? Format.PEM : Format.DER;
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Files.copy(written == Format.PEM ? crl.pemFile() : crl.derFile(), absolute,
                StandardCopyOption.REPLACE_EXISTING);
        out().println("CRL number " + crl.number() + " lists " + revokedCount(crl) + " revoked certificate(s), next update "
                + crl.crl().getNextUpdate().toInstant() + "; written to " + out + " (" + written + ")");
        return 0;
    }

    private static int revokedCount(IssuedCrl crl) {
        return crl.crl().getRevokedCertificates() == null ? 0 : crl.crl().getRevokedCertificates().size();
    }
}
