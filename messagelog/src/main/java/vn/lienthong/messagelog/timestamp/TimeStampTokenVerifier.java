package vn.lienthong.messagelog.timestamp;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampToken;
import vn.lienthong.messagelog.trust.CertificatePaths;

/**
 * Checks an RFC 3161 token: message imprint (SHA-256, equal to the expected digest), the CMS signature, the TSA
 * certificate's critical extended key usage timeStamping and validity at genTime (Bouncy Castle's
 * {@link TimeStampToken#validate}), and a PKIX path from the TSA certificate (with any intermediates the token carries)
 * to one of the given trust anchors, evaluated at genTime. Thread-safe.
 */
public final class TimeStampTokenVerifier {

    private final Set<TrustAnchor> anchors;

    public TimeStampTokenVerifier(Set<TrustAnchor> anchors) {
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("time-stamp verification needs at least one TSA trust anchor");
        }
        this.anchors = Set.copyOf(anchors);
    }

    public VerifiedToken verify(byte[] tokenDer, byte[] expectedDigest) throws TimeStampVerificationException {
        TimeStampToken token = parse(tokenDer);
        var imprint = token.getTimeStampInfo();
        if (!TSPAlgorithms.SHA256.equals(imprint.getMessageImprintAlgOID())) {
            throw new TimeStampVerificationException("the token's message imprint is not SHA-256 but "
                    + imprint.getMessageImprintAlgOID());
        }
        if (!Arrays.equals(imprint.getMessageImprintDigest(), expectedDigest)) {
            throw new TimeStampVerificationException("the token's message imprint does not match the batch root");
        }
        List<X509Certificate> carried = certificates(token);
        X509Certificate tsa = carried.stream()
                .filter(c -> token.getSID().match(holder(c)))
                .findFirst()
                .orElseThrow(() -> new TimeStampVerificationException("the token does not carry its TSA certificate"));
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
        } catch (TSPValidationException e) {
            throw new TimeStampVerificationException("the token does not verify: " + e.getMessage(), e);
        } catch (TSPException | OperatorCreationException e) {
            throw new TimeStampVerificationException("cannot check the token's signature: " + e.getMessage(), e);
        }
        Date genTime = imprint.getGenTime();
        return new VerifiedToken(genTime.toInstant(), tsa, path(tsa, carried, genTime));
    }

    /** The genTime of a token, without checking it (for display). */
    public static java.time.Instant genTime(byte[] tokenDer) throws TimeStampVerificationException {
        return parse(tokenDer).getTimeStampInfo().getGenTime().toInstant();
    }

    private List<X509Certificate> path(X509Certificate tsa, List<X509Certificate> carried, Date at)
            throws TimeStampVerificationException {
        try {
            return CertificatePaths.validate(tsa, carried, anchors, at.toInstant());
        } catch (GeneralSecurityException e) {
            throw new TimeStampVerificationException("the TSA certificate " + tsa.getSubjectX500Principal().getName()
                    + " does not chain to the given TSA trust anchors: " + e.getMessage(), e);
        }
    }

    private static TimeStampToken parse(byte[] der) throws TimeStampVerificationException {
        try {
            return new TimeStampToken(new CMSSignedData(der));
        } catch (CMSException | TSPException | IOException | IllegalArgumentException e) {
            throw new TimeStampVerificationException("not an RFC 3161 time-stamp token: " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> certificates(TimeStampToken token) throws TimeStampVerificationException {
        List<X509Certificate> out = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try {
            for (X509CertificateHolder h : token.getCertificates().getMatches(null)) {
                out.add(converter.getCertificate(h));
            }
        } catch (java.security.cert.CertificateException e) {
            throw new TimeStampVerificationException("the token carries an unreadable certificate", e);
        }
        return out;
    }

    private static X509CertificateHolder holder(X509Certificate c) {
        try {
            return new X509CertificateHolder(c.getEncoded());
        } catch (IOException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("cannot re-encode a certificate", e);
        }
    }
}
