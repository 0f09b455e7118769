package vn.lienthong.routes.server;

import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.component.netty.http.NettyHttpComponent;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.local.ServerConf;

/**
 * How many messages the proxies work on at once, and how many of those use the CPU at once.
 *
 * <p>A worker carries one message from its arrival to its answer and waits, without a CPU, while the peer security
 * server, the provider information system or the message log works; so the pool is sized for the slowest providers'
 * concurrency, not for the cores. Camel's netty-http otherwise shares {@code 2 x cores + 1} workers among all its
 * consumers: five on two cores, so five slow answers in flight would hold every other message of the server back.
 * Setting: {@code lienthong.http.worker-threads} in {@code server.properties}, default {@value #DEFAULT_THREADS}.
 *
 * <p>Of those workers, only a few compute at once (see {@link vn.lienthong.routes.runtime.CpuPermits}): by default
 * {@value #CPU_WORKERS_PER_CORE} per core. Setting: {@code lienthong.http.cpu-workers}.
 */
final class ProxyWorkers {

    static final String THREADS = "lienthong.http.worker-threads";
    static final String CPU_WORKERS = "lienthong.http.cpu-workers";
    static final int DEFAULT_THREADS = 256;
    static final int CPU_WORKERS_PER_CORE = 2;
    static final int MAX = 10_000;

    private ProxyWorkers() {
    }

    /** The configured number of workers, checked. */
    static int threads(ServerConf conf) {
        return parse(THREADS, conf.settings().getProperty(THREADS), DEFAULT_THREADS, file(conf));
    }

    /** The configured number of workers that may compute at once, checked. */
    static int cpuWorkers(ServerConf conf) {
        return parse(CPU_WORKERS, conf.settings().getProperty(CPU_WORKERS),
                CPU_WORKERS_PER_CORE * Runtime.getRuntime().availableProcessors(), file(conf));
    }

    /** {@code value} of {@code setting} as a number of threads ({@code fallback} when absent); {@code file} names it in errors. */
    static int parse(String setting, String value, int fallback, Path file) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int workers;
        try {
            workers = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ConfException(file + ": " + setting + "=" + value.trim() + " is not a whole number of threads", e);
        }
        if (workers < 1 || workers > MAX) {
            throw new ConfException(file + ": " + setting + "=" + workers + " is out of range: between 1 and " + MAX
                    + " threads");
        }
        return workers;
    }

    /** Gives the proxies' HTTP component its pool; before the routes start. */
    static void apply(CamelContext camel, int workers) {
        camel.getComponent("netty-http", NettyHttpComponent.class).setMaximumPoolSize(workers);
    }

    private static Path file(ServerConf conf) {
        return conf.directory().resolve(ServerConf.FILE_NAME);
    }
}
