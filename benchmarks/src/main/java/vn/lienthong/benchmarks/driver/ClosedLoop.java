package vn.lienthong.benchmarks.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;
import vn.lienthong.benchmarks.process.CpuMeter;

/**
 * The closed-loop load: N virtual users, each sending its next request as soon as the previous answer came
 * back (no think time). A phase first runs unmeasured for {@code settle}, then for {@code window}; a round
 * trip counts when it completes inside the window, and its latency goes into an HdrHistogram. Virtual users
 * (and so their clients and connections) are made once and kept across phases: user k of the next phase is
 * user k of the last.
 */
public final class ClosedLoop {

    private enum Phase { SETTLE, MEASURE, STOP }

    /** Told when a measured window opens and closes (a profiler, say); must return quickly. */
    public interface WindowObserver {
        WindowObserver NONE = new WindowObserver() { };

        default void windowOpens(int concurrency) {
        }

        default void windowClosed(int concurrency) {
        }
    }

    private final ConsumerSystem consumer;
    private final CpuMeter cpu;
    private final List<RoundTrip> users = new ArrayList<>();

    public ClosedLoop(ConsumerSystem consumer, CpuMeter cpu) {
        this.consumer = consumer;
        this.cpu = cpu;
    }

    public PointMeasurement run(int concurrency, Duration settle, Duration window) throws InterruptedException {
        return run(concurrency, settle, window, WindowObserver.NONE);
    }

    public PointMeasurement run(int concurrency, Duration settle, Duration window, WindowObserver observer)
            throws InterruptedException {
        while (users.size() < concurrency) {
            users.add(consumer.newUser());
        }
        AtomicReference<Phase> phase = new AtomicReference<>(Phase.SETTLE);
        Recorder latency = new Recorder(3);
        LongAdder completed = new LongAdder();
        LongAdder errors = new LongAdder();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            RoundTrip user = users.get(i);
            Thread t = new Thread(() -> loop(user, phase, latency, completed, errors, firstError), "virtual-user-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        TimeUnit.NANOSECONDS.sleep(settle.toNanos());
        observer.windowOpens(concurrency);
        latency.reset();
        Map<String, Long> cpuBefore = cpu.sample();
        long jitBefore = cpu.jitSample();
        long start = System.nanoTime();
        phase.set(Phase.MEASURE);
        TimeUnit.NANOSECONDS.sleep(window.toNanos());
        phase.set(Phase.STOP);
        long end = System.nanoTime();
        Map<String, Long> cpuUsed = CpuMeter.used(cpuBefore, cpu.sample());
        long jitAfter = cpu.jitSample();
        long jitUsed = jitBefore < 0 || jitAfter < 0 ? -1 : jitAfter - jitBefore;
        observer.windowClosed(concurrency);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(90));
        }
        return new PointMeasurement(concurrency, completed.sum(), errors.sum(), firstError.get(), end - start,
                latency.getIntervalHistogram(), cpuUsed, jitUsed);
    }

    private static void loop(RoundTrip user, AtomicReference<Phase> phase, Recorder latency, LongAdder completed,
            LongAdder errors, AtomicReference<String> firstError) {
        while (phase.get() != Phase.STOP) {
            long started = System.nanoTime();
            boolean ok;
            String error = null;
            try {
                user.call();
                ok = true;
            } catch (Exception e) {
                ok = false;
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            long micros = (System.nanoTime() - started) / 1000;
            if (phase.get() != Phase.MEASURE) {
                continue;
            }
            if (ok) {
                latency.recordValue(micros);
                completed.increment();
            } else {
                errors.increment();
                firstError.compareAndSet(null, error);
            }
        }
    }
}
