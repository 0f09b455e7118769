package vn.lienthong.benchmarks.host;

import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How fast the host lets this machine compute right now, measured between the scenarios with fixed work: SHA-256
 * over 4 KB blocks, once on one thread and once on every core at the same time, and a walk of random reads through
 * 64 MB, far more than the processor's caches hold, and RSA-2048 signatures (RSA-PSS, the bus's own) on one thread,
 * the operation that dominates L. A virtual machine's CPU time counts the time its host takes
 * away, and the caches and memory it shares with the host's other guests; so the same code can take several times
 * the CPU per round trip on a busy day. These readings tell a run on a quiet host from one on a busy host, and show
 * whether the host changed during a run.
 *
 * <p>{@code effectiveCores} is the all-cores hashing rate over the one-thread rate: on a quiet host it is close to
 * the number of cores. {@code memoryReadNanos} is the time of one read that misses the caches.
 * {@code rsaSignMicros} is the time of one RSA-2048 signature; the same JVM signed before, so it is compiled.
 */
public record HostSpeed(String when, Instant at, double oneThreadMegabytesPerSecond, double allCoresMegabytesPerSecond,
        int cores, double memoryReadNanos, double rsaSignMicros) {

    private static final int BLOCK = 4096;
    private static final Duration WARM_UP = Duration.ofMillis(500);
    private static final Duration WINDOW = Duration.ofSeconds(2);

    private static final int WALK_LENGTH = 16 * 1024 * 1024;

    /** Runs the probe: about 11 seconds (2 more the first time, for the RSA key and the JIT). */
    public static HostSpeed measure(String when) {
        int cores = Runtime.getRuntime().availableProcessors();
        Instant at = Instant.now();
        double one = rate(1);
        double all = rate(cores);
        double memory = timeMemoryReads();
        return new HostSpeed(when, at, one, all, cores, memory, timeRsaSignatures());
    }

    public double effectiveCores() {
        return allCoresMegabytesPerSecond / oneThreadMegabytesPerSecond;
    }

    private static double rate(int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "host-speed-probe");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Long>> bytes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                bytes.add(pool.submit(HostSpeed::hashWarmThenMeasure));
            }
            long total = 0;
            for (Future<Long> b : bytes) {
                total += b.get();
            }
            return total / 1e6 / (WINDOW.toNanos() / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring the host's speed", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the host speed probe failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Hashes for {@link #WARM_UP} unmeasured, then returns the bytes hashed in {@link #WINDOW}. */
    private static long hashWarmThenMeasure() throws DigestException {
        MessageDigest sha256 = sha256();
        byte[] block = new byte[BLOCK];
        hashFor(sha256, block, WARM_UP);
        return hashFor(sha256, block, WINDOW);
    }

    /** Hashes 4 KB blocks, each fed by the last digest, for {@code time}; returns the bytes hashed. */
    private static long hashFor(MessageDigest sha256, byte[] block, Duration time) throws DigestException {
        byte[] digest = new byte[32];
        long bytes = 0;
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end) {
            sha256.update(block);
            sha256.digest(digest, 0, digest.length);
            block[0] = digest[0];
            bytes += BLOCK;
        }
        return bytes;
    }

    /**
     * Nanoseconds per read along one random cycle through {@link #WALK_LENGTH} ints (Sattolo's shuffle, fixed seed):
     * each read needs the one before it, so neither the prefetcher nor the out-of-order core can hide the misses.
     */
    private static double timeMemoryReads() {
        int[] next = new int[WALK_LENGTH];
        for (int i = 0; i < next.length; i++) {
            next[i] = i;
        }
        SplittableRandom random = new SplittableRandom(1911);
        for (int i = next.length - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int t = next[i];
            next[i] = next[j];
            next[j] = t;
        }
        int at = 0;
        long warmEnd = System.nanoTime() + WARM_UP.toNanos();
        while (System.nanoTime() < warmEnd) {
            at = walk(next, at, 4096);
        }
        long reads = 0;
        long start = System.nanoTime();
        long end = start + WINDOW.toNanos();
        long now;
        do {
            at = walk(next, at, 4096);
            reads += 4096;
            now = System.nanoTime();
        } while (now < end);
        if (at < 0) {
            throw new IllegalStateException("the walk left its array");
        }
        return (now - start) / (double) reads;
    }

    /** Microseconds per RSA-PSS SHA-256 signature with a 2048-bit key, over {@link #WINDOW} after a warm-up. */
    private static double timeRsaSignatures() {
        try {
            Signature rsa = Signature.getInstance("RSASSA-PSS");
            rsa.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            byte[] signedInfo = new byte[4096];
            signFor(rsa, signedInfo, RsaKey.FIRST_USE.compareAndSet(true, false) ? WINDOW : WARM_UP);
            long start = System.nanoTime();
            long signatures = signFor(rsa, signedInfo, WINDOW);
            return (System.nanoTime() - start) / 1e3 / signatures;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot make RSA-PSS signatures: " + e.getMessage(), e);
        }
    }

    private static long signFor(Signature rsa, byte[] data, Duration time) throws GeneralSecurityException {
        long signatures = 0;
        long end = System.nanoTime() + time.toNanos();
        do {
            rsa.initSign(RsaKey.KEY);
            rsa.update(data);
            data[0] = rsa.sign()[0];
            signatures++;
        } while (System.nanoTime() < end);
        return signatures;
    }

    /** One key per JVM: generating it takes longer than the probe's window. */
    private static final class RsaKey {
        static final AtomicBoolean FIRST_USE = new AtomicBoolean(true);
        static final PrivateKey KEY = generate();

        private static PrivateKey generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair().getPrivate();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("this JVM has no RSA", e);
            }
        }
    }

    private static int walk(int[] next, int from, int steps) {
        int at = from;
        for (int i = 0; i < steps; i++) {
            at = next[at];
        }
        return at;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
