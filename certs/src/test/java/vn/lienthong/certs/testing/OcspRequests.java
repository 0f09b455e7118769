package vn.lienthong.certs.testing;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** OCSP requests as a relying party builds them. */
public final class OcspRequests {

    private OcspRequests() {
    }

    /** A CertID for {@code serial} below {@code issuer}, hashed with {@code hash} (e.g. CertificateID.HASH_SHA1). */
    public static CertificateID id(X509Certificate issuer, BigInteger serial, AlgorithmIdentifier hash)
            throws Exception {
        return new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(hash),
                new JcaX509CertificateHolder(issuer), serial);
    }

    public static CertificateID id(X509Certificate issuer, BigInteger serial) throws Exception {
        return id(issuer, serial, CertificateID.HASH_SHA1);
    }

    /**
     * The DER request for {@code ids}, with the nonce extension if {@code nonce} is not null (its value the DER
     * OCTET STRING of the nonce, as RFC 6960 and openssl have it).
     */
    public static byte[] request(byte[] nonce, CertificateID... ids) throws Exception {
        OCSPReqBuilder builder = new OCSPReqBuilder();
        for (CertificateID id : ids) {
            builder.addRequest(id);
        }
        if (nonce != null) {
            builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
                    false, new DEROctetString(new DEROctetString(nonce).getEncoded()))));
        }
        return builder.build().getEncoded();
    }
}
