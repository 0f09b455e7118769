package vn.lienthong.certs.ca;

import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/** The extension sets of the federation's certificate profiles, one method per kind of certificate. */
final class CertificateExtensions {

    /** The loopback names every authentication certificate carries, because the demo runs on one host. */
    static final List<GeneralName> LOOPBACK_NAMES = List.of(
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.dNSName, "localhost"));

    private CertificateExtensions() {
    }

    static List<Extension> root(SubjectPublicKeyInfo key) {
        return List.of(
                extension(Extension.basicConstraints, true, new BasicConstraints(true)),
                extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
                extension(Extension.subjectKeyIdentifier, false, utils().createSubjectKeyIdentifier(key)));
    }

    /** An issuing CA below the root that may certify end entities only (path length 0). */
    static List<Extension> intermediate(SubjectPublicKeyInfo key, X509Certificate issuer) {
        return List.of(
                extension(Extension.basicConstraints, true, new BasicConstraints(0)),
                extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
                extension(Extension.subjectKeyIdentifier, false, utils().createSubjectKeyIdentifier(key)),
                extension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(issuer)));
    }

    /** A member's signing certificate; its key also decrypts (RSA) or agrees keys for (EC) message bodies. */
    static List<Extension> memberSigning(SubjectPublicKeyInfo key, X509Certificate issuer) {
        int usage = KeyUsage.digitalSignature | KeyUsage.nonRepudiation | encryptionUsage(key);
        return List.of(
                extension(Extension.basicConstraints, true, new BasicConstraints(false)),
                extension(Extension.keyUsage, true, new KeyUsage(usage)),
                extension(Extension.subjectKeyIdentifier, false, utils().createSubjectKeyIdentifier(key)),
                extension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(issuer)));
    }

    /** A security server's TLS certificate, for both ends of a connection. */
    static List<Extension> serverAuthentication(SubjectPublicKeyInfo key, X509Certificate issuer) {
        int usage = KeyUsage.digitalSignature | encryptionUsage(key);
        return List.of(
                extension(Extension.basicConstraints, true, new BasicConstraints(false)),
                extension(Extension.keyUsage, true, new KeyUsage(usage)),
                extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth})),
                extension(Extension.subjectAlternativeName, false,
                        new GeneralNames(LOOPBACK_NAMES.toArray(new GeneralName[0]))),
                extension(Extension.subjectKeyIdentifier, false, utils().createSubjectKeyIdentifier(key)),
                extension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(issuer)));
    }

    /**
     * The CA's delegated OCSP responder (RFC 6960 section 4.2.2.2): signs OCSP answers only, and carries
     * id-pkix-ocsp-nocheck so that clients do not ask about the responder's own status.
     */
    static List<Extension> ocspResponder(SubjectPublicKeyInfo key, X509Certificate issuer) {
        return List.of(
                extension(Extension.basicConstraints, true, new BasicConstraints(false)),
                extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature)),
                extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning)),
                extension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE),
                extension(Extension.subjectKeyIdentifier, false, utils().createSubjectKeyIdentifier(key)),
                extension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(issuer)));
    }

    /** The CA's time-stamping authority (RFC 3161 section 2.3): a critical extended key usage of timeStamping only. */
    static List<Extension> timeStamping(SubjectPublicKeyInfo key, X509Certificate issuer) {
        return List.of(
                extension(Extension.basicConstraints, true, new BasicConstraints(false)),
                extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation)),
                extension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)),
                extension(Extension.subjectKeyIdentifier, false, utils().createSubjectKeyIdentifier(key)),
                extension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(issuer)));
    }

    /** keyEncipherment for RSA keys, keyAgreement for EC keys (the policy admits no other key type). */
    private static int encryptionUsage(SubjectPublicKeyInfo key) {
        return PKCSObjectIdentifiers.rsaEncryption.equals(key.getAlgorithm().getAlgorithm())
                ? KeyUsage.keyEncipherment
                : KeyUsage.keyAgreement;
    }

    /** The authority key identifier extension naming {@code issuer}, as CRLs carry it. */
    static Extension authorityKeyIdentifierOf(X509Certificate issuer) {
        return extension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(issuer));
    }

    /** Points at the issuer's own subject key identifier, so that the two always match byte for byte. */
    private static AuthorityKeyIdentifier authorityKeyIdentifier(X509Certificate issuer) {
        byte[] extensionValue = issuer.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (extensionValue == null) {
            return utils().createAuthorityKeyIdentifier(SubjectPublicKeyInfo.getInstance(
                    issuer.getPublicKey().getEncoded()));
        }
        byte[] keyIdentifier = ASN1OctetString.getInstance(
                ASN1OctetString.getInstance(extensionValue).getOctets()).getOctets();
        return new AuthorityKeyIdentifier(keyIdentifier);
    }

    private static Extension extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        try {
            return new Extension(oid, critical, value.toASN1Primitive().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new IllegalStateException("cannot DER-encode extension " + oid, e);
        }
    }

    private static JcaX509ExtensionUtils utils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-1 digest for key identifiers", e);
        }
    }
}
