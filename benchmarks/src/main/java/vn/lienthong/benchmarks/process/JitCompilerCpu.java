package vn.lienthong.benchmarks.process;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The CPU time a JVM's JIT compiler threads ({@code C1 CompilerThre...}, {@code C2 CompilerThre...}) have used so far,
 * read from Linux's {@code /proc/<pid>/task/<tid>/stat}. While it still grows fast the JVM is not warm: its CPU goes
 * to compiling, not to the round trips.
 */
public final class JitCompilerCpu {

    /** Linux's USER_HZ: the unit of the times in {@code stat}, 100 on every architecture the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private JitCompilerCpu() {
    }

    /** The compiler threads' CPU nanoseconds of process {@code pid}, or empty where {@code /proc} does not tell. */
    public static OptionalLong of(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return OptionalLong.empty();
        }
        long ticks = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                ticks += compilerTicks(thread);
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ticks * NANOS_PER_TICK);
    }

    /** User + system ticks of one thread if it is a compiler thread, else 0; a thread that ended meanwhile counts 0. */
    private static long compilerTicks(Path thread) {
        try {
            String name = Files.readString(thread.resolve("comm")).trim();
            if (!name.startsWith("C1 Compiler") && !name.startsWith("C2 Compiler")) {
                return 0;
            }
            return ticks(Files.readString(thread.resolve("stat")));
        } catch (IOException e) {
            return 0;
        }
    }

    /** utime + stime (fields 14 and 15) of a {@code stat} line; the name in parentheses may hold spaces. */
    static long ticks(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(after[11]) + Long.parseLong(after[12]);
    }
}
