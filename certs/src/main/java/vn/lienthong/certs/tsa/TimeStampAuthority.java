package vn.lienthong.certs.tsa;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIFreeText;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPValidationException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.crypto.SignatureAlgorithms;
import vn.lienthong.certs.keystore.Pkcs12;

/**
 * An RFC 3161 time-stamping authority signing with the CA's TSA certificate. It turns the DER bytes of a
 * TimeStampReq into the DER bytes of a TimeStampResp and never throws. It accepts SHA-256, SHA-384 and SHA-512
 * message imprints, its own policy (the default when a request names none) and no request extensions; it echoes
 * the nonce, includes its certificate chain when asked ({@code certReq}), and numbers tokens from a persisted
 * counter, so a serial number is never used twice. Any other request gets a {@code rejection} with the failure
 * reason (badAlg, unacceptedPolicy, unacceptedExtension, badDataFormat); systemFailure when it cannot sign, also
 * when its certificate is not valid at the time (restart it to have the certificate renewed). Safe for concurrent use.
 */
public final class TimeStampAuthority {

    /**
     * The policy LienThong's TSA states by default: an OID in the UUID arc 2.25 (ITU-T X.667), which needs no
     * registration. A federation with a registered arc names its own policy instead.
     */
    public static final String DEFAULT_POLICY = "2.25.321153971460734936926209219416291890283";
    public static final Set<ASN1ObjectIdentifier> ACCEPTED_DIGESTS = Set.of(
            NISTObjectIdentifiers.id_sha256, NISTObjectIdentifiers.id_sha384, NISTObjectIdentifiers.id_sha512);

    private static final Logger LOG = LoggerFactory.getLogger(TimeStampAuthority.class);

    private final Pkcs12.KeyEntry credential;
    private final ASN1ObjectIdentifier policy;
    private final TimeStampResponseGenerator responses;
    private final Supplier<BigInteger> serialNumbers;
    private final Clock clock;

    /**
     * @param credential    the TSA's key and chain, TSA first (see {@link CertificateAuthority#timeStampingCredential})
     * @param policy        the TSA policy OID, dotted (e.g. {@link #DEFAULT_POLICY})
     * @param serialNumbers hands out token serial numbers; must never repeat one
     * @throws IllegalArgumentException if {@code policy} is not an OID or the certificate is not a TSA certificate
     *                                  (critical extended key usage timeStamping only)
     */
    public TimeStampAuthority(Pkcs12.KeyEntry credential, String policy, Supplier<BigInteger> serialNumbers,
                              Clock clock) {
        this.credential = Objects.requireNonNull(credential, "credential");
        this.policy = policyOid(policy);
        this.serialNumbers = Objects.requireNonNull(serialNumbers, "serialNumbers");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.responses = new TimeStampResponseGenerator(tokenGenerator(credential, this.policy), ACCEPTED_DIGESTS,
                Set.of(this.policy), Set.of());
    }

    /**
     * The TSA of {@code ca}, with its TSA certificate (made on first use, under {@code password}) and token serial
     * numbers from the CA directory's {@code tsa/serial}.
     */
    public static TimeStampAuthority open(CertificateAuthority ca, char[] password, String policy) {
        return new TimeStampAuthority(ca.timeStampingCredential(password), policy, ca::nextTimeStampSerialNumber,
                Clock.systemUTC());
    }

    public X509Certificate certificate() {
        return credential.certificate();
    }

    /** The policy OID every token states, dotted. */
    public String policy() {
        return policy.getId();
    }

    /** The DER TimeStampResp for the DER TimeStampReq {@code query}. */
    public byte[] respond(byte[] query) {
        TimeStampRequest request;
        try {
            request = new TimeStampRequest(query);
        } catch (IOException | RuntimeException e) {
            return rejection(PKIFailureInfo.badDataFormat, "the request is not a DER TimeStampReq (RFC 3161)");
        }
        try {
            request.validate(ACCEPTED_DIGESTS, Set.of(policy), Set.of());
        } catch (TSPValidationException e) {
            return rejection(e.getFailureCode(), e.getMessage());
        } catch (TSPException e) {
            return rejection(PKIFailureInfo.badRequest, e.getMessage());
        }
        Date genTime = Date.from(clock.instant());
        if (!certificate().getNotAfter().after(genTime) || certificate().getNotBefore().after(genTime)) {
            LOG.warn("The TSA certificate is not valid at {} (it is valid from {} to {}): restart the TSA to have it"
                    + " renewed", genTime.toInstant(), certificate().getNotBefore().toInstant(),
                    certificate().getNotAfter().toInstant());
            return rejection(PKIFailureInfo.systemFailure, "the time-stamping authority's certificate is not valid now");
        }
        try {
            BigInteger serial = serialNumbers.get();
            return responses.generateGrantedResponse(request, serial, genTime).getEncoded();
        } catch (TSPException | IOException | RuntimeException e) {
            LOG.warn("Could not issue a time-stamp token: {}", e.toString());
            return rejection(PKIFailureInfo.systemFailure, "the time-stamping authority could not sign the token");
        }
    }

    /** A TimeStampResp with status rejection, the failure bit {@code failInfo} and {@code text}. */
    static byte[] rejection(int failInfo, String text) {
        try {
            return new TimeStampResp(new PKIStatusInfo(PKIStatus.rejection,
                    new PKIFreeText(text), new PKIFailureInfo(failInfo)), null).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a time-stamp rejection", e);
        }
    }

    private static TimeStampTokenGenerator tokenGenerator(Pkcs12.KeyEntry credential, ASN1ObjectIdentifier policy) {
        try {
            SignerInfoGenerator signer = new JcaSimpleSignerInfoGeneratorBuilder().build(
                    SignatureAlgorithms.forKey(credential.privateKey()), credential.privateKey(),
                    credential.certificate());
            DigestCalculator sha256 = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            // ESSCertIDv2 with SHA-256 names the TSA certificate in the signed attributes.
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(signer, sha256, policy);
            generator.setAccuracySeconds(1);
            List<X509Certificate> chain = credential.chain();
            generator.addCertificates(new JcaCertStore(chain.subList(0, Math.min(2, chain.size()))));
            return generator;
        } catch (OperatorCreationException | TSPException | CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot time-stamp with " + credential.certificate()
                    .getSubjectX500Principal() + ": " + e.getMessage(), e);
        }
    }

    private static ASN1ObjectIdentifier policyOid(String policy) {
        try {
            return new ASN1ObjectIdentifier(Objects.requireNonNull(policy, "policy"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + policy + "' is not an object identifier: give the TSA policy"
                    + " in dotted form, such as " + DEFAULT_POLICY, e);
        }
    }
}
