package vn.lienthong.security.ocsp;

import java.io.IOException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** One OCSP request for one certificate: its CertID (SHA-1, as RFC 6960 responders expect) and a fresh nonce. */
record OcspRequest(CertificateID certificateId, Extension nonce, byte[] encoded) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 32;

    static OcspRequest of(X509Certificate certificate, X509Certificate issuer) throws OcspResponseException {
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            CertificateID id = new CertificateID(digests.get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            byte[] value = new byte[NONCE_BYTES];
            RANDOM.nextBytes(value);
            Extension nonce = new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(new DEROctetString(value).getEncoded()));
            byte[] encoded = new OCSPReqBuilder().addRequest(id)
                    .setRequestExtensions(new Extensions(nonce)).build().getEncoded();
            return new OcspRequest(id, nonce, encoded);
        } catch (OperatorCreationException | CertificateEncodingException | OCSPException | IOException e) {
            throw new OcspResponseException("cannot build the OCSP request for certificate serial "
                    + certificate.getSerialNumber().toString(16) + ": " + e.getMessage(), e);
        }
    }
}
