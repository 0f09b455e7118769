package vn.lienthong.benchmarks.limit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** SHA-256 (signature references, certificate and replay hashes) and SHA-512 (requestHash) over an input size. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HashOperations {

    /** Input for SHA-256. */
    @State(Scope.Benchmark)
    public static class Sha256Input {
        @Param("1024")
        public int sha256Bytes;
        byte[] data;

        @Setup
        public void setUp() {
            data = new byte[sha256Bytes];
            new SecureRandom().nextBytes(data);
        }
    }

    /** Input for SHA-512. */
    @State(Scope.Benchmark)
    public static class Sha512Input {
        @Param("1024")
        public int sha512Bytes;
        byte[] data;

        @Setup
        public void setUp() {
            data = new byte[sha512Bytes];
            new SecureRandom().nextBytes(data);
        }
    }

    @Benchmark
    public byte[] sha256(Sha256Input input) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(input.data);
    }

    @Benchmark
    public byte[] sha512(Sha512Input input) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-512").digest(input.data);
    }
}
