package vn.lienthong.routes.provider.npd.generator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** A progress bar on a terminal line: {@code [#########           ]  45 % 450000/1000000  38 s}. */
public final class ConsoleProgressBar implements GenerationProgress {

    private static final int WIDTH = 40;

    private final PrintStream out;
    private final long started = System.nanoTime();

    public ConsoleProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void written(long done, long total) {
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        out.printf(Locale.ROOT, "\r[%s%s] %3d %% %d/%d %4d s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                total == 0 ? 100 : 100 * done / total, done, total, seconds);
        if (done >= total) {
            out.println();
        }
        out.flush();
    }
}
