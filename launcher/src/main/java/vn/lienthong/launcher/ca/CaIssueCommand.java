package vn.lienthong.launcher.ca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.CertificateRequestRejectedException;
import vn.lienthong.certs.pem.Pem;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.profile.CertificateProfile;

/** {@code lienthong ca issue}: certifies a PKCS#10 request as a member signing or a server authentication certificate. */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"Issues a certificate from a PKCS#10 request.",
                "Certifies a request (PEM or DER) for a member's signing key or a security server's TLS key.",
                "The request's subject must be the one the certificate profile gives that party."})
final class CaIssueCommand extends CaSubcommand {

    /** Exactly one of the two kinds of certificate. */
    static final class Party {
        @Option(names = "--signing-for", paramLabel = "MEMBER", required = true,
                description = "issue a signing certificate for member INSTANCE/CLASS/CODE, e.g. VN/GOV/MPS")
        String member;

        @Option(names = "--auth-for", paramLabel = "SERVER", required = true,
                description = "issue a TLS authentication certificate for security server"
                        + " INSTANCE/CLASS/MEMBER/SERVERCODE, e.g. VN/GOV/MPS/SS-MPS")
        String server;
    }

    @Option(names = "--csr", required = true, paramLabel = "FILE", description = "the PKCS#10 request, PEM or DER")
    private Path csr;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Party party;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the certificate (PEM)")
    private Path out;

    @Option(names = "--days", defaultValue = "730", paramLabel = "N",
            description = "validity in days (default: ${DEFAULT-VALUE})")
    private int days;

    @Mixin
    private CaPassword password;

    @Override
    int execute() throws IOException {
        if (days <= 0) {
            throw new CaInputException("--days must be a positive number of days, got " + days);
        }
        byte[] request = readRequest();
        CertificateAuthority ca = openCa(password);
        X509Certificate certificate;
        String description;
        try {
            if (party.member != null) {
                MemberId member = MemberId.parse(party.member);
                description = "signing certificate for member " + member;
                certificate = ca.issueSigningCertificate(request, member, Duration.ofDays(days));
            } else {
                SecurityServerId server = SecurityServerId.parse(party.server);
                description = "authentication certificate for security server " + server;
                certificate = ca.issueAuthenticationCertificate(request, server, Duration.ofDays(days));
            }
        } catch (CertificateRequestRejectedException e) {
            if (e.reason() == CertificateRequestRejectedException.Reason.SUBJECT_MISMATCH) {
                throw subjectMismatch(request, e);
            }
            throw e;
        }
        Pem.write(out, certificate);
        out().println("Issued " + description + ", serial " + certificate.getSerialNumber().toString(16)
                .toUpperCase(Locale.ROOT) + ", valid until " + certificate.getNotAfter().toInstant());
        out().println("  certificate: " + out + "   chain above it: " + ca.chainPem());
        return 0;
    }

    private byte[] readRequest() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(csr);
        } catch (NoSuchFileException e) {
            throw new CaInputException("the CSR file " + csr + " does not exist: give the path of a PKCS#10"
                    + " request (PEM or DER) with --csr", e);
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN ")) {
            return Pem.decodeBlock(text, "CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST").orElseThrow(() ->
                    new CaInputException(csr + " holds no PEM 'CERTIFICATE REQUEST' block: give a PKCS#10 request,"
                            + " e.g. from 'openssl req -new'"));
        }
        return bytes;
    }

    /** The library's message speaks to programmers; this one says which openssl subject to use. */
    private CaInputException subjectMismatch(byte[] request, CertificateRequestRejectedException e) {
        X500Principal expected = party.member != null
                ? CertificateProfile.memberSubject(MemberId.parse(party.member))
                : CertificateProfile.serverSubject(SecurityServerId.parse(party.server));
        String requested;
        try {
            requested = OpensslSubject.of(new X500Principal(
                    new PKCS10CertificationRequest(request).getSubject().getEncoded()));
        } catch (IOException | IllegalArgumentException parse) {
            requested = "(unreadable)";
        }
        return new CaInputException("CSR subject mismatch: the request names '" + requested + "' but "
                + (party.member != null ? "member " + party.member : "security server " + party.server)
                + " must be named '" + OpensslSubject.of(expected) + "': create the request again, e.g. with"
                + " openssl req -new -key KEY -subj '" + OpensslSubject.of(expected) + "'", e);
    }
}
