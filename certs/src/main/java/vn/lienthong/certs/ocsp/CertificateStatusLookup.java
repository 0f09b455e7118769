package vn.lienthong.certs.ocsp;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.IssuedCertificate;
import vn.lienthong.certs.ca.Revocation;
import vn.lienthong.certs.ca.RevocationReason;

/**
 * The OCSP status of one certificate ID, from the CA's index as it is on disk now (so a revocation made by
 * another process shows at once): good, revoked (time and reason), or unknown for a serial the CA never issued
 * or an ID naming another issuer.
 */
final class CertificateStatusLookup {

    private final CertificateAuthority ca;
    private final X509CertificateHolder issuer;
    private final DigestCalculatorProvider digests;

    CertificateStatusLookup(CertificateAuthority ca) {
        this.ca = ca;
        this.issuer = holder(ca.intermediate());
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("this Java runtime offers no digest calculators", e);
        }
    }

    CertificateStatus statusOf(CertificateID id) {
        if (!issuedByThisCa(id)) {
            return new UnknownStatus();
        }
        Optional<IssuedCertificate> entry = ca.lookUp(id.getSerialNumber());
        if (entry.isEmpty()) {
            return new UnknownStatus();
        }
        Revocation revocation = entry.get().revocation();
        if (revocation == null) {
            return CertificateStatus.GOOD;
        }
        Date time = Date.from(revocation.time());
        // As in the CRL, no reason at all rather than "unspecified" (RFC 5280 section 5.3.1).
        return revocation.reason() == RevocationReason.UNSPECIFIED
                ? new RevokedStatus(time)
                : new RevokedStatus(time, revocation.reason().code());
    }

    /** The ID's issuer name and key hashes are those of the intermediate, under the ID's own hash algorithm. */
    private boolean issuedByThisCa(CertificateID id) {
        try {
            return id.matchesIssuer(issuer, digests);
        } catch (OCSPException e) {
            return false;
        }
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new JcaX509CertificateHolder(certificate);
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot encode " + certificate.getSubjectX500Principal(), e);
        }
    }
}
