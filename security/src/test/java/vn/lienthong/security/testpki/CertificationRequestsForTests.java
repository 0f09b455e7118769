package vn.lienthong.security.testpki;

import java.io.IOException;
import java.io.StringReader;
import java.security.PublicKey;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/** Reads a PEM certification request as a CA would: checks its proof of possession first. */
public record CertificationRequestsForTests(X500Principal subject, PublicKey publicKey) {

    public static CertificationRequestsForTests read(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            JcaPKCS10CertificationRequest request = new JcaPKCS10CertificationRequest(
                    (PKCS10CertificationRequest) parser.readObject());
            PublicKey key = request.getPublicKey();
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
                throw new IllegalStateException("the request's signature does not verify with its own key");
            }
            return new CertificationRequestsForTests(new X500Principal(request.getSubject().getEncoded()), key);
        } catch (IOException | java.security.GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                 | org.bouncycastle.pkcs.PKCSException e) {
            throw new IllegalStateException("unreadable certification request: " + e.getMessage(), e);
        }
    }
}
