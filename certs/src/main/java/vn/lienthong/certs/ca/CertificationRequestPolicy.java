package vn.lienthong.certs.ca;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import vn.lienthong.certs.ca.CertificateRequestRejectedException.Reason;

/**
 * Decides whether a PKCS#10 request may be certified: it must parse, carry an acceptable key, prove possession
 * of that key with a valid signature, and name exactly the subject the certificate profile gives the party.
 */
final class CertificationRequestPolicy {

    static final int MIN_RSA_BITS = 2048;
    private static final Map<ASN1ObjectIdentifier, String> ALLOWED_CURVES = Map.of(
            SECObjectIdentifiers.secp256r1, "P-256",
            SECObjectIdentifiers.secp384r1, "P-384");
    private static final String HOW_TO_CREATE =
            "create the request with CertificationRequests.create(keys, CertificateProfile.";

    private CertificationRequestPolicy() {
    }

    /**
     * The public key to certify, once every check passed.
     *
     * @param expectedSubject what the profile names the party
     * @param party           the party, as the caller named it, for messages (e.g. "member VN/GOV/MPS")
     * @param profileMethod   the {@code CertificateProfile} method that gives the subject, for messages
     */
    static SubjectPublicKeyInfo accept(byte[] der, X500Principal expectedSubject, String party, String profileMethod) {
        PKCS10CertificationRequest request = parse(der);
        SubjectPublicKeyInfo key = request.getSubjectPublicKeyInfo();
        checkKey(key);
        checkSignature(request, key);
        checkSubject(request, expectedSubject, party, profileMethod);
        return key;
    }

    private static PKCS10CertificationRequest parse(byte[] der) {
        if (der == null || der.length == 0) {
            throw new CertificateRequestRejectedException(Reason.MALFORMED_REQUEST,
                    "the certification request is empty: send the DER bytes of a PKCS#10 request");
        }
        try {
            return new PKCS10CertificationRequest(der);
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle reports malformed ASN.1 as IOException or as one of several runtime exceptions.
            throw new CertificateRequestRejectedException(Reason.MALFORMED_REQUEST,
                    "the certification request is not a DER-encoded PKCS#10 request (" + e.getMessage()
                            + "): send DER, not PEM or Base64, as produced by CertificationRequests.create", e);
        }
    }

    private static void checkKey(SubjectPublicKeyInfo key) {
        ASN1ObjectIdentifier algorithm = key.getAlgorithm().getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
            int bits = rsaBits(key);
            if (bits < MIN_RSA_BITS) {
                throw new CertificateRequestRejectedException(Reason.WEAK_KEY, "the request carries an RSA key of "
                        + bits + " bits, below the minimum of " + MIN_RSA_BITS
                        + ": generate an RSA key of 2048 or 3072 bits, or an EC P-256 key, and request again");
            }
        } else if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
            ASN1Encodable parameters = key.getAlgorithm().getParameters();
            if (!(parameters instanceof ASN1ObjectIdentifier curve)) {
                throw new CertificateRequestRejectedException(Reason.UNSUPPORTED_KEY,
                        "the request's EC key uses explicit or implicit curve parameters: generate a key on the"
                                + " named curve P-256 (secp256r1) or P-384 (secp384r1) and request again");
            }
            if (!ALLOWED_CURVES.containsKey(curve)) {
                String name = ECNamedCurveTable.getName(curve);
                throw new CertificateRequestRejectedException(Reason.UNSUPPORTED_KEY, "the request's EC key is on"
                        + " curve " + (name == null ? curve.getId() : name + " (" + curve.getId() + ")")
                        + ", which the federation does not accept: generate a P-256 or P-384 key and request again");
            }
        } else {
            throw new CertificateRequestRejectedException(Reason.UNSUPPORTED_KEY, "the request carries a key of"
                    + " algorithm " + algorithm.getId() + ", which the federation does not accept:"
                    + " generate an RSA (2048 bits or more) or EC P-256/P-384 key and request again");
        }
    }

    private static int rsaBits(SubjectPublicKeyInfo key) {
        try {
            return RSAPublicKey.getInstance(key.parsePublicKey()).getModulus().bitLength();
        } catch (IOException | RuntimeException e) {
            throw new CertificateRequestRejectedException(Reason.MALFORMED_REQUEST,
                    "the request's RSA public key cannot be decoded (" + e.getMessage()
                            + "): create the request again with a well-formed key", e);
        }
    }

    private static void checkSignature(PKCS10CertificationRequest request, SubjectPublicKeyInfo key) {
        boolean valid;
        try {
            valid = request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(publicKey(key)));
        } catch (OperatorCreationException e) {
            throw new CertificateRequestRejectedException(Reason.SIGNATURE_INVALID, "the request's signature"
                    + " algorithm " + request.getSignatureAlgorithm().getAlgorithm().getId() + " cannot be checked ("
                    + e.getMessage() + "): sign the request with SHA256withRSA or SHA256withECDSA", e);
        } catch (PKCSException e) {
            throw new CertificateRequestRejectedException(Reason.SIGNATURE_INVALID,
                    "the request's signature cannot be processed (" + e.getMessage()
                            + "): sign the request with the private key of the key pair it carries", e);
        }
        if (!valid) {
            throw new CertificateRequestRejectedException(Reason.SIGNATURE_INVALID, "the request's signature does"
                    + " not verify with the public key it carries, so it does not prove possession of the private"
                    + " key: sign the request with the private key that belongs to that public key, and send it"
                    + " unaltered");
        }
    }

    /** The JDK key for an RSA or EC key info ({@link #checkKey} admitted no other). */
    private static PublicKey publicKey(SubjectPublicKeyInfo key) {
        String algorithm = PKCSObjectIdentifiers.rsaEncryption.equals(key.getAlgorithm().getAlgorithm()) ? "RSA" : "EC";
        try {
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(key.getEncoded()));
        } catch (IOException | GeneralSecurityException e) {
            throw new CertificateRequestRejectedException(Reason.MALFORMED_REQUEST, "the request's " + algorithm
                    + " public key cannot be decoded (" + e.getMessage()
                    + "): create the request again with a well-formed key", e);
        }
    }

    private static void checkSubject(PKCS10CertificationRequest request, X500Principal expected, String party,
                                     String profileMethod) {
        X500Principal requested;
        try {
            requested = new X500Principal(request.getSubject().getEncoded());
        } catch (IOException | IllegalArgumentException e) {
            throw new CertificateRequestRejectedException(Reason.MALFORMED_REQUEST,
                    "the request's subject name cannot be decoded: " + e.getMessage(), e);
        }
        if (!requested.equals(expected)) {
            throw new CertificateRequestRejectedException(Reason.SUBJECT_MISMATCH, "the request names subject '"
                    + requested + "' but " + party + " must be named '" + expected + "': " + HOW_TO_CREATE
                    + profileMethod + ") for the party the certificate is for");
        }
    }
}
