package vn.lienthong.benchmarks.scale.messagelog;

import java.io.PrintStream;

/** A line on stderr at most every few seconds, so that a long fill shows it is alive. */
final class Progress {

    private final PrintStream out;
    private final long everyNanos;
    private long last = System.nanoTime();

    Progress(PrintStream out, long everySeconds) {
        this.out = out;
        this.everyNanos = everySeconds * 1_000_000_000L;
    }

    void report(String what, long done, long of) {
        long now = System.nanoTime();
        if (now - last >= everyNanos) {
            last = now;
            out.printf("  %s: %,d of %,d%n", what, done, of);
        }
    }
}
