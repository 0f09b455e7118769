package vn.lienthong.security.ocsp;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Accepts an OCSP response only when it answers our request: status successful; signed by the issuing CA
 * or by a responder certificate that CA issued for id-kp-OCSPSigning and that is valid now; carrying our
 * nonce; holding a single response for our CertID; thisUpdate not in the future (1 minute of skew) and
 * not older than the freshness limit; nextUpdate, if given, not passed.
 */
final class OcspResponseVerifier {

    private static final Duration ALLOWED_SKEW = Duration.ofMinutes(1);
    private static final String[] REASONS = {"unspecified", "keyCompromise", "cACompromise", "affiliationChanged",
        "superseded", "cessationOfOperation", "certificateHold", "unused", "removeFromCRL", "privilegeWithdrawn",
        "aACompromise"};

    private final Duration freshness;

    OcspResponseVerifier(Duration freshness) {
        this.freshness = freshness;
    }

    OcspStatus verify(OCSPResp response, OcspRequest request, X509Certificate issuer, Instant now)
            throws OcspResponseException {
        String serial = request.certificateId().getSerialNumber().toString(16);
        if (response.getStatus() != OCSPResp.SUCCESSFUL) {
            throw new OcspResponseException("the OCSP responder answered with error status " + response.getStatus()
                    + " for certificate serial " + serial);
        }
        BasicOCSPResp basic;
        try {
            basic = (BasicOCSPResp) response.getResponseObject();
        } catch (OCSPException | ClassCastException e) {
            throw new OcspResponseException("the OCSP response for certificate serial " + serial + " is unreadable", e);
        }
        if (basic == null) {
            throw new OcspResponseException("the OCSP response for certificate serial " + serial + " is empty");
        }
        checkSignature(basic, issuer, now, serial);
        checkNonce(basic, request, serial);
        SingleResp single = single(basic, request.certificateId(), serial);
        return status(single, now, serial);
    }

    private static void checkSignature(BasicOCSPResp basic, X509Certificate issuer, Instant now, String serial)
            throws OcspResponseException {
        if (signedBy(basic, issuer.getPublicKey())) {
            return;
        }
        for (X509CertificateHolder holder : basic.getCerts()) {
            X509Certificate responder = authorisedResponder(holder, issuer, now);
            if (responder != null && signedBy(basic, responder.getPublicKey())) {
                return;
            }
        }
        throw new OcspResponseException("the OCSP response for certificate serial " + serial
                + " is not signed by its CA " + issuer.getSubjectX500Principal().getName()
                + " or by a responder that CA authorised");
    }

    private static X509Certificate authorisedResponder(X509CertificateHolder holder, X509Certificate issuer,
                                                       Instant now) {
        try {
            X509Certificate responder = new JcaX509CertificateConverter().getCertificate(holder);
            if (!responder.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                return null;
            }
            responder.verify(issuer.getPublicKey());
            responder.checkValidity(Date.from(now));
            List<String> usages = responder.getExtendedKeyUsage();
            return usages != null && usages.contains(KeyPurposeId.id_kp_OCSPSigning.getId()) ? responder : null;
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private static boolean signedBy(BasicOCSPResp basic, PublicKey key) {
        try {
            return basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
        } catch (OCSPException | OperatorCreationException e) {
            return false;
        }
    }

    private static void checkNonce(BasicOCSPResp basic, OcspRequest request, String serial)
            throws OcspResponseException {
        Extension nonce = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce == null) {
            throw new OcspResponseException("the OCSP response for certificate serial " + serial
                    + " carries no nonce (a replayed or pre-produced answer); the responder must echo the request nonce");
        }
        if (!nonce.getExtnValue().equals(request.nonce().getExtnValue())) {
            throw new OcspResponseException("the OCSP response for certificate serial " + serial
                    + " carries another request's nonce");
        }
    }

    private static SingleResp single(BasicOCSPResp basic, CertificateID id, String serial)
            throws OcspResponseException {
        for (SingleResp single : basic.getResponses()) {
            if (single.getCertID().equals(id)) {
                return single;
            }
        }
        throw new OcspResponseException("the OCSP response holds no answer for certificate serial " + serial);
    }

    private OcspStatus status(SingleResp single, Instant now, String serial) throws OcspResponseException {
        Instant thisUpdate = single.getThisUpdate().toInstant();
        Instant nextUpdate = single.getNextUpdate() == null ? null : single.getNextUpdate().toInstant();
        if (thisUpdate.isAfter(now.plus(ALLOWED_SKEW))) {
            throw new OcspResponseException("the OCSP answer for certificate serial " + serial
                    + " is from the future (thisUpdate " + thisUpdate + ")");
        }
        if (!thisUpdate.isAfter(now.minus(freshness))) {
            throw new OcspResponseException("the OCSP answer for certificate serial " + serial + " is stale (thisUpdate "
                    + thisUpdate + ", older than " + freshness.toSeconds() + " s)");
        }
        if (nextUpdate != null && !nextUpdate.isAfter(now)) {
            throw new OcspResponseException("the OCSP answer for certificate serial " + serial
                    + " has passed its nextUpdate " + nextUpdate);
        }
        Object certStatus = single.getCertStatus();
        BigInteger number = single.getCertID().getSerialNumber();
        if (certStatus == null) {
            return new OcspStatus(number, OcspStatus.Status.GOOD, thisUpdate, nextUpdate, now, null, null, null);
        }
        if (certStatus instanceof RevokedStatus revoked) {
            String reason = revoked.hasRevocationReason() && revoked.getRevocationReason() < REASONS.length
                    ? REASONS[revoked.getRevocationReason()] : null;
            return new OcspStatus(number, OcspStatus.Status.REVOKED, thisUpdate, nextUpdate, now,
                    revoked.getRevocationTime().toInstant(), reason, null);
        }
        if (certStatus instanceof UnknownStatus) {
            return new OcspStatus(number, OcspStatus.Status.UNKNOWN, thisUpdate, nextUpdate, now, null, null, null);
        }
        throw new OcspResponseException("the OCSP answer for certificate serial " + serial + " has an unknown status type");
    }
}
