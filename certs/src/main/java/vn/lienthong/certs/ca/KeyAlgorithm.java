package vn.lienthong.certs.ca;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;

/** Key pair types the federation issues certificates for, and that its CA uses for itself. */
public enum KeyAlgorithm {
    RSA_2048("RSA", new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4)),
    RSA_3072("RSA", new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4)),
    EC_P256("EC", new ECGenParameterSpec("secp256r1"));

    private final String jcaName;
    private final AlgorithmParameterSpec parameters;

    KeyAlgorithm(String jcaName, AlgorithmParameterSpec parameters) {
        this.jcaName = jcaName;
        this.parameters = parameters;
    }

    /** A fresh key pair from the platform's strong random source. */
    public KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(jcaName);
            generator.initialize(parameters, new SecureRandom());
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime cannot generate " + this + " keys", e);
        }
    }
}
