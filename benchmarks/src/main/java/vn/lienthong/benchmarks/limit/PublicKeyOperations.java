package vn.lienthong.benchmarks.limit;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.CertificatePurpose;
import vn.lienthong.security.trust.CertificateValidationException;

/**
 * The asymmetric operations of a round trip with the members' RSA-2048 keys, as the JDK providers run them
 * for xmlsec and WSS4J: RSA-PSS SHA-256 over a SignedInfo of the real size, RSA-OAEP (SHA-256, MGF1-SHA-256)
 * of a 256-bit content key, the AES content-key generation, and the security server's chain check
 * ({@link CertificateChainValidator}: path assembly, PKIX, key usage; revocation off as the demo configures).
 * Each operation includes its JCA look-up, as the libraries do it once per message.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PublicKeyOperations {

    private static final PSSParameterSpec PSS = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1);
    private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
            PSource.PSpecified.DEFAULT);

    @Param("")
    public String keystore;
    @Param("")
    public String passwordFile;
    @Param("")
    public String rootCa;
    @Param("")
    public String intermediateCa;
    @Param("1024")
    public int signedInfoBytes;

    private KeyMaterial keys;
    private CertificateChainValidator validator;
    private byte[] signedInfo;
    private byte[] signature;
    private SecretKey contentKey;
    private byte[] wrappedKey;

    @Setup
    public void setUp() throws GeneralSecurityException {
        keys = KeyMaterial.load(keystore, passwordFile, rootCa, intermediateCa);
        validator = keys.validator();
        signedInfo = new byte[signedInfoBytes];
        new SecureRandom().nextBytes(signedInfo);
        signature = signRsaPss();
        contentKey = generateContentKey();
        wrappedKey = wrapRsaOaep();
    }

    @Benchmark
    public byte[] signRsaPss() throws GeneralSecurityException {
        Signature s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(PSS);
        s.initSign(keys.credential().privateKey());
        s.update(signedInfo);
        return s.sign();
    }

    @Benchmark
    public boolean verifyRsaPss() throws GeneralSecurityException {
        Signature s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(PSS);
        s.initVerify(keys.credential().certificate().getPublicKey());
        s.update(signedInfo);
        return s.verify(signature);
    }

    @Benchmark
    public byte[] wrapRsaOaep() throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
        c.init(Cipher.WRAP_MODE, keys.credential().certificate().getPublicKey(), OAEP);
        return c.wrap(contentKey);
    }

    @Benchmark
    public Key unwrapRsaOaep() throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
        c.init(Cipher.UNWRAP_MODE, keys.credential().privateKey(), OAEP);
        return c.unwrap(wrappedKey, "AES", Cipher.SECRET_KEY);
    }

    @Benchmark
    public SecretKey generateContentKey() throws GeneralSecurityException {
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(256);
        return g.generateKey();
    }

    @Benchmark
    public Object checkCertificateChain() throws CertificateValidationException {
        return validator.validate(keys.credential().chainList(), Instant.now(), CertificatePurpose.MESSAGE_SIGNING);
    }
}
