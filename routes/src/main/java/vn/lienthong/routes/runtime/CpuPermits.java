package vn.lienthong.routes.runtime;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * How many messages of a security server use the CPU at once. Many workers carry messages (see
 * {@code lienthong.http.worker-threads}), and most of them wait on a peer, a provider or the message log; but if
 * all of them computed at once they would share the cores in thin slices, each message would take longer, and
 * switching among them would cost CPU. So a message takes a permit for its CPU-bound steps (read, decrypt,
 * verify, sign, encrypt) and gives it back while it waits: {@link #awayWhile}. The permits are handed out first
 * come, first served.
 *
 * <p>A message takes its permit at most once, however many routes it passes, and gives it back when its exchange
 * completes, whether it succeeded or failed.
 */
public final class CpuPermits {

    static final String PROPERTY = "LienThongCpuPermit";

    private final Semaphore semaphore;

    public CpuPermits(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one CPU permit is needed, not " + permits);
        }
        this.semaphore = new Semaphore(permits, true);
    }

    /** Waits for a permit for this exchange, unless it holds one already; it is given back when the exchange completes. */
    public void take(Exchange exchange) {
        if (exchange.getProperty(PROPERTY) != null) {
            return;
        }
        Permit permit = new Permit();
        exchange.setProperty(PROPERTY, permit);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                permit.giveBack();
            }
        });
        permit.take();
    }

    /**
     * Runs {@code waiting} (a call that waits on the network or on the disk) without this exchange's permit, and
     * takes the permit again afterwards, whether the call succeeded or failed.
     */
    public <T> T awayWhile(Exchange exchange, Supplier<T> waiting) {
        Permit permit = exchange.getProperty(PROPERTY, Permit.class);
        if (permit == null || !permit.giveBack()) {
            return waiting.get();
        }
        try {
            return waiting.get();
        } finally {
            permit.take();
        }
    }

    /** The permits no message holds now. */
    public int available() {
        return semaphore.availablePermits();
    }

    /** About how many messages wait for a permit now. */
    public int waiting() {
        return semaphore.getQueueLength();
    }

    /** One exchange's permit: taken and given back by the thread that carries the exchange. */
    private final class Permit {

        private final AtomicBoolean held = new AtomicBoolean();

        void take() {
            semaphore.acquireUninterruptibly();
            held.set(true);
        }

        /** Gives the permit back if it is held; tells whether it was. */
        boolean giveBack() {
            if (held.compareAndSet(true, false)) {
                semaphore.release();
                return true;
            }
            return false;
        }
    }
}
