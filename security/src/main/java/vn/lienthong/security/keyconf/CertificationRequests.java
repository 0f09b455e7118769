package vn.lienthong.security.keyconf;

import java.io.IOException;
import java.io.StringWriter;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Provider;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import vn.lienthong.security.token.KeyType;

/** PKCS#10 certification requests signed inside the token (proof of possession). */
final class CertificationRequests {

    private CertificationRequests() {
    }

    static PKCS10CertificationRequest create(X500Principal subject, PublicKey publicKey, PrivateKey privateKey,
                                             Provider provider) throws OperatorCreationException {
        JcaContentSignerBuilder signer = new JcaContentSignerBuilder(KeyType.of(publicKey).certificateSignature());
        if (provider != null) {
            signer.setProvider(provider);
        }
        return new JcaPKCS10CertificationRequestBuilder(subject, publicKey).build(signer.build(privateKey));
    }

    static String pem(PKCS10CertificationRequest request) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(request);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return text.toString();
    }
}
