package vn.lienthong.routes.server;

import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.component.netty.http.NettyHttpComponent;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.local.ServerConf;

/**
 * How many messages the proxies work on at once. A worker carries one message from its arrival to its answer and
 * waits, without a CPU, while the peer security server or the provider information system works; so the pool is
 * sized for the slowest providers' concurrency, not for the cores. Camel's netty-http otherwise shares
 * {@code 2 x cores + 1} workers among all its consumers: five on two cores, so five slow answers in flight would
 * hold every other message of the server back.
 *
 * <p>Setting: {@code lienthong.http.worker-threads} in {@code server.properties}, default {@value #DEFAULT}.
 */
final class ProxyWorkers {

    static final String SETTING = "lienthong.http.worker-threads";
    static final int DEFAULT = 256;
    static final int MAX = 10_000;

    private ProxyWorkers() {
    }

    /** The configured number of workers, checked. */
    static int of(ServerConf conf) {
        return parse(conf.settings().getProperty(SETTING), conf.directory().resolve(ServerConf.FILE_NAME));
    }

    /** {@code value} as a number of workers ({@link #DEFAULT} when absent); {@code file} names it in errors. */
    static int parse(String value, Path file) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        int workers;
        try {
            workers = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ConfException(file + ": " + SETTING + "=" + value.trim() + " is not a whole number of threads", e);
        }
        if (workers < 1 || workers > MAX) {
            throw new ConfException(file + ": " + SETTING + "=" + workers + " is out of range: between 1 and " + MAX
                    + " threads");
        }
        return workers;
    }

    /** Gives the proxies' HTTP component its pool; before the routes start. */
    static void apply(CamelContext camel, int workers) {
        camel.getComponent("netty-http", NettyHttpComponent.class).setMaximumPoolSize(workers);
    }
}
