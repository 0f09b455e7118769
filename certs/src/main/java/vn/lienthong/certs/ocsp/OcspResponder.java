package vn.lienthong.certs.ocsp;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.crypto.SignatureAlgorithms;
import vn.lienthong.certs.keystore.Pkcs12;

/**
 * An RFC 6960 OCSP responder for the certificates of one CA, signing as the CA's delegated responder. It turns
 * the DER bytes of an OCSPRequest into the DER bytes of an OCSPResponse and never throws: a request that cannot
 * be parsed, asks about nothing or too much, or carries a nonce outside 1 to 32 octets (RFC 8954) is answered
 * with {@code malformedRequest}; a failure on the responder's side, or a responder certificate that is not valid
 * at the time (restart the responder to have it renewed), with {@code internalError}.
 *
 * <p>Each answer is good, revoked (with time and, unless unspecified, reason) or unknown, with thisUpdate now
 * and nextUpdate {@link #validity()} later; a request nonce is echoed. Safe for concurrent use.
 */
public final class OcspResponder {

    /** How long an answer may be relied upon (its nextUpdate). */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(1);
    /** Certificates asked about in one request, at most. */
    public static final int MAX_CERTIFICATES_PER_REQUEST = 20;
    static final int MAX_NONCE_OCTETS = 32;

    private static final Logger LOG = LoggerFactory.getLogger(OcspResponder.class);

    private final CertificateStatusLookup statuses;
    private final Pkcs12.KeyEntry credential;
    private final X509CertificateHolder[] certificates;
    private final SubjectPublicKeyInfo responderKey;
    private final Clock clock;
    private final Duration validity;

    /**
     * @param credential the responder's key and chain, responder first (see
     *                   {@link CertificateAuthority#ocspResponderCredential})
     */
    public OcspResponder(CertificateAuthority ca, Pkcs12.KeyEntry credential, Clock clock, Duration validity) {
        this.statuses = new CertificateStatusLookup(ca);
        this.credential = Objects.requireNonNull(credential, "credential");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("OCSP answers need a positive validity, got " + validity);
        }
        this.validity = validity;
        try {
            this.certificates = new X509CertificateHolder[] {new JcaX509CertificateHolder(credential.certificate())};
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot encode the responder certificate", e);
        }
        this.responderKey = SubjectPublicKeyInfo.getInstance(credential.certificate().getPublicKey().getEncoded());
    }

    /** The responder of {@code ca}, with its delegated responder certificate (made on first use, under {@code password}). */
    public static OcspResponder open(CertificateAuthority ca, char[] password) {
        return new OcspResponder(ca, ca.ocspResponderCredential(password), Clock.systemUTC(), DEFAULT_VALIDITY);
    }

    /** The delegated responder certificate the answers are signed with. */
    public X509Certificate certificate() {
        return credential.certificate();
    }

    public Duration validity() {
        return validity;
    }

    /** The DER OCSPResponse for the DER OCSPRequest {@code request}. */
    public byte[] respond(byte[] request) {
        OCSPReq parsed;
        try {
            parsed = new OCSPReq(request);
        } catch (IOException | RuntimeException e) {
            return malformedRequest();
        }
        try {
            Req[] singles = parsed.getRequestList();
            if (singles.length == 0 || singles.length > MAX_CERTIFICATES_PER_REQUEST) {
                return malformedRequest();
            }
            Extension nonce = parsed.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null && !acceptableNonce(nonce)) {
                return malformedRequest();
            }
            return answer(singles, nonce);
        } catch (RuntimeException | OCSPException | OperatorCreationException | IOException e) {
            LOG.warn("Could not answer an OCSP request: {}", e.toString());
            return status(OCSPRespBuilder.INTERNAL_ERROR);
        }
    }

    /** The DER OCSPResponse with status {@code malformedRequest} and no body. */
    public static byte[] malformedRequest() {
        return status(OCSPRespBuilder.MALFORMED_REQUEST);
    }

    private byte[] answer(Req[] singles, Extension nonce)
            throws OCSPException, OperatorCreationException, IOException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Date thisUpdate = Date.from(now);
        if (!credential.certificate().getNotAfter().after(thisUpdate)) {
            LOG.warn("The OCSP responder certificate expired at {}: restart the responder to have it renewed",
                    credential.certificate().getNotAfter().toInstant());
            return status(OCSPRespBuilder.INTERNAL_ERROR);
        }
        Date nextUpdate = Date.from(now.plus(validity));
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(responderKey,
                new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1));
        for (Req single : singles) {
            CertificateID id = single.getCertID();
            builder.addResponse(id, statuses.statusOf(id), thisUpdate, nextUpdate, null);
        }
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        PrivateKey key = credential.privateKey();
        ContentSigner signer = new JcaContentSignerBuilder(SignatureAlgorithms.forKey(key)).build(key);
        BasicOCSPResp basic = builder.build(signer, certificates, thisUpdate);
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    }

    /**
     * RFC 8954: the nonce is an OCTET STRING of 1 to 32 octets. Some clients put the raw nonce into the extension
     * value without the OCTET STRING around it; their nonce is measured as it is, and echoed as it came.
     */
    private static boolean acceptableNonce(Extension nonce) {
        byte[] value = nonce.getExtnValue().getOctets();
        int length;
        try {
            length = ASN1OctetString.getInstance(value).getOctets().length;
        } catch (IllegalArgumentException e) {
            length = value.length;
        }
        return length >= 1 && length <= MAX_NONCE_OCTETS;
    }

    private static byte[] status(int status) {
        try {
            return new OCSPRespBuilder().build(status, null).getEncoded();
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException("cannot encode an OCSP response of status " + status, e);
        }
    }
}
