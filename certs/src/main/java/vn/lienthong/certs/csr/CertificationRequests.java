package vn.lienthong.certs.csr;

import java.io.IOException;
import java.security.KeyPair;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import vn.lienthong.certs.crypto.SignatureAlgorithms;

/** Creates PKCS#10 certificate signing requests, the form in which a key holder asks the CA for a certificate. */
public final class CertificationRequests {

    private CertificationRequests() {
    }

    /**
     * A DER-encoded PKCS#10 request for {@code subject}, carrying the public key of {@code keys} and signed
     * with its private key (SHA256withRSA or SHA256withECDSA).
     */
    public static byte[] create(KeyPair keys, X500Principal subject) {
        String algorithm = SignatureAlgorithms.forKey(keys.getPrivate());
        try {
            return new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
                    .build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate()))
                    .getEncoded();
        } catch (OperatorCreationException e) {
            throw new IllegalArgumentException("cannot sign a certification request with " + algorithm
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot DER-encode the certification request for " + subject, e);
        }
    }
}
