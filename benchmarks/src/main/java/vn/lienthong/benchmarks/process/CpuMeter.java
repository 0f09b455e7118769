package vn.lienthong.benchmarks.process;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the CPU time (user + system, all threads) the driver JVM and each server JVM have used so far, so
 * that the difference over a measured phase divided by its round trips gives CPU per round trip.
 */
public final class CpuMeter {

    public static final String DRIVER = "driver";

    private final List<JavaProcess> servers;
    private final com.sun.management.OperatingSystemMXBean self =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public CpuMeter(List<JavaProcess> servers) {
        this.servers = List.copyOf(servers);
    }

    /** CPU nanoseconds used so far, per process name, the driver first. */
    public Map<String, Long> sample() {
        Map<String, Long> nanos = new LinkedHashMap<>();
        nanos.put(DRIVER, self.getProcessCpuTime());
        for (JavaProcess server : servers) {
            Duration cpu = server.handle().info().totalCpuDuration()
                    .orElseThrow(() -> new IllegalStateException("the OS does not report the CPU time of " + server));
            nanos.put(server.name(), cpu.toNanos());
        }
        return nanos;
    }

    /**
     * CPU nanoseconds the JIT compiler threads of the driver and every server have used so far, or -1 where the
     * OS does not tell.
     */
    public long jitSample() {
        long total = 0;
        for (long pid : pids()) {
            var nanos = JitCompilerCpu.of(pid);
            if (nanos.isEmpty()) {
                return -1;
            }
            total += nanos.getAsLong();
        }
        return total;
    }

    private List<Long> pids() {
        List<Long> pids = new java.util.ArrayList<>();
        pids.add(ProcessHandle.current().pid());
        servers.forEach(s -> pids.add(s.handle().pid()));
        return pids;
    }

    /** {@code after - before}, per process. */
    public static Map<String, Long> used(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> used = new LinkedHashMap<>();
        after.forEach((name, nanos) -> used.put(name, nanos - before.getOrDefault(name, 0L)));
        return used;
    }
}
