package vn.lienthong.benchmarks.host;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How fast the host lets this machine compute right now, measured between the scenarios with a fixed workload
 * (SHA-256 over 4 KB blocks): once on one thread, once on every core at the same time. A virtual machine's CPU
 * time counts the time its host takes away, so the same code can take twice the CPU per round trip on a busy day;
 * these readings tell a run on a quiet host from one on a busy host, and show whether the host changed during a run.
 *
 * <p>{@code effectiveCores} is the all-cores rate over the one-thread rate: on a quiet host it is close to the
 * number of cores.
 */
public record HostSpeed(String when, Instant at, double oneThreadMegabytesPerSecond, double allCoresMegabytesPerSecond,
        int cores) {

    private static final int BLOCK = 4096;
    private static final Duration WARM_UP = Duration.ofMillis(500);
    private static final Duration WINDOW = Duration.ofSeconds(2);

    /** Runs the probe: about 5 seconds. */
    public static HostSpeed measure(String when) {
        int cores = Runtime.getRuntime().availableProcessors();
        Instant at = Instant.now();
        double one = rate(1);
        double all = rate(cores);
        return new HostSpeed(when, at, one, all, cores);
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
                bytes.add(pool.submit(hashFor(WARM_UP, WINDOW)));
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

    /** Hashes for {@code warmUp} unmeasured, then counts the bytes hashed in {@code window}. */
    private static Callable<Long> hashFor(Duration warmUp, Duration window) {
        return () -> {
            MessageDigest sha256 = sha256();
            byte[] block = new byte[BLOCK];
            byte[] digest = new byte[32];
            long warmEnd = System.nanoTime() + warmUp.toNanos();
            while (System.nanoTime() < warmEnd) {
                sha256.update(block);
                sha256.digest(digest, 0, digest.length);
            }
            long bytes = 0;
            long end = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < end) {
                sha256.update(block);
                sha256.digest(digest, 0, digest.length);
                block[0] = digest[0];
                bytes += BLOCK;
            }
            return bytes;
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
