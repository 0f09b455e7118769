package vn.lienthong.routes.runtime;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** The first step of a proxy route: waits for a CPU permit (see {@link CpuPermits}). */
public final class TakeCpuPermit implements Processor {

    private final CpuPermits permits;

    public TakeCpuPermit(CpuPermits permits) {
        this.permits = permits;
    }

    @Override
    public void process(Exchange exchange) {
        permits.take(exchange);
    }
}
