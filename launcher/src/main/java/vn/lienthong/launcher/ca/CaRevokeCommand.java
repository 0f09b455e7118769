package vn.lienthong.launcher.ca;

import java.math.BigInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.IssuedCertificate;
import vn.lienthong.certs.ca.RevocationReason;

/** {@code lienthong ca revoke}: revokes an issued certificate, for good, with an RFC 5280 reason. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = {"Revokes an issued certificate, for good.",
                "OCSP answers 'revoked' at once; publish a new CRL with 'lienthong ca crl' for relying parties",
                "that use CRLs."})
final class CaRevokeCommand extends CaSubcommand {

    @Option(names = "--serial", required = true, paramLabel = "HEX",
            description = "serial number in hexadecimal, as 'lienthong ca list' shows it")
    private String serial;

    @Option(names = "--reason", defaultValue = "unspecified", paramLabel = "REASON",
            description = "RFC 5280 reason: unspecified, keyCompromise, cACompromise, affiliationChanged, superseded,"
                    + " cessationOfOperation, privilegeWithdrawn, aACompromise (default: ${DEFAULT-VALUE})")
    private String reason;

    @Mixin
    private CaPassword password;

    @Override
    int execute() {
        BigInteger serialNumber = SerialNumberText.parse(serial);
        RevocationReason revocationReason = RevocationReason.parse(reason);
        CertificateAuthority ca = openCa(password);
        IssuedCertificate revoked = ca.revoke(serialNumber, revocationReason);
        out().println("Revoked " + revoked.type() + " certificate " + revoked.serialHex() + " (" + revoked.subject()
                + ") at " + revoked.revocation().time() + " for " + revoked.revocation().reason());
        out().println("  OCSP answers 'revoked' now; publish a CRL with: lienthong ca crl --dir " + dir
                + " --out FILE");
        return 0;
    }
}
