package vn.lienthong.routes.runtime;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;

/**
 * Refuses to act on stale trust: while the global configuration is expired (not renewed in time), every
 * message is refused with {@code OutdatedGlobalConf}, as in X-Road; traffic resumes by itself once a fresh
 * configuration has been downloaded.
 */
public final class RequireFreshGlobalConf implements Processor {

    private final ServerRuntime runtime;
    private final FaultOrigin origin;

    public RequireFreshGlobalConf(ServerRuntime runtime, FaultOrigin origin) {
        this.runtime = runtime;
        this.origin = origin;
    }

    @Override
    public void process(Exchange exchange) {
        if (runtime.globalConfSource().isExpired(runtime.clock().instant())) {
            throw new BusFault(origin, ErrorCode.OUTDATED_GLOBALCONF, "this security server's global configuration"
                    + " is out of date (it could not download a fresh one in time); messages are refused until it does");
        }
    }
}
