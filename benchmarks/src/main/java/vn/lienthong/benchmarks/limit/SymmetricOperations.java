package vn.lienthong.benchmarks.limit;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * AES-256-GCM over a payload of the given size, with a fresh 96-bit IV per encryption: what xmlenc does to
 * the Body content and what TLS does to each message on the mutual-TLS hop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SymmetricOperations {

    private static final int TAG_BITS = 128;

    @Param("2048")
    public int payloadBytes;

    private final SecureRandom random = new SecureRandom();
    private SecretKey key;
    private byte[] plaintext;
    private byte[] iv;
    private byte[] ciphertext;

    @Setup
    public void setUp() throws GeneralSecurityException {
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(256);
        key = g.generateKey();
        plaintext = new byte[payloadBytes];
        random.nextBytes(plaintext);
        iv = new byte[12];
        random.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
        ciphertext = c.doFinal(plaintext);
    }

    @Benchmark
    public byte[] encryptAesGcm() throws GeneralSecurityException {
        byte[] freshIv = new byte[12];
        random.nextBytes(freshIv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, freshIv));
        return c.doFinal(plaintext);
    }

    @Benchmark
    public byte[] decryptAesGcm() throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
        return c.doFinal(ciphertext);
    }
}
