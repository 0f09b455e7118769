package vn.lienthong.certs.testing;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** Builds certification requests the production code would never build: mismatched keys, odd key types. */
public final class Requests {

    private Requests() {
    }

    /** A request carrying {@code carried} but signed with {@code signer}, so its signature does not verify. */
    public static byte[] carryingOneKeySignedWithAnother(PublicKey carried, PrivateKey signer, String algorithm,
                                                          X500Principal subject) throws Exception {
        return new JcaPKCS10CertificationRequestBuilder(subject, carried)
                .build(new JcaContentSignerBuilder(algorithm).build(signer))
                .getEncoded();
    }

    /** A correctly self-signed request with any key the JDK can sign with. */
    public static byte[] selfSigned(KeyPair keys, String algorithm, X500Principal subject) throws Exception {
        return carryingOneKeySignedWithAnother(keys.getPublic(), keys.getPrivate(), algorithm, subject);
    }

    public static KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    public static KeyPair ec(String curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    public static KeyPair ed25519() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }
}
