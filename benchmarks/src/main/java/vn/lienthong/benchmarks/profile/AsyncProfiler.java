package vn.lienthong.benchmarks.profile;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * async-profiler, loaded into running JVMs through the JDK's Attach API. Its native library comes from the
 * {@code tools.profiler:async-profiler} jar on this class path (Maven Central) and is written to a folder first; this
 * JVM itself (the load driver) is profiled through the jar's Java API. It
 * samples CPU time with the {@code itimer} event, which needs no kernel settings, and sees native frames too: the
 * JIT's RSA intrinsics, the collector and the compilers, which Java Flight Recorder under-samples or does not show.
 */
public final class AsyncProfiler {

    private final Path library;

    private AsyncProfiler(Path library) {
        this.library = library;
    }

    /** Where this platform's library sits in the jar, empty where the jar has none (Linux x64 and arm64, macOS). */
    static Optional<String> libraryResource(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return Optional.of("macos/libasyncProfiler.so");
        }
        if (!os.startsWith("linux")) {
            return Optional.empty();
        }
        return switch (osArch) {
            case "amd64", "x86_64" -> Optional.of("linux-x64/libasyncProfiler.so");
            case "aarch64", "arm64" -> Optional.of("linux-arm64/libasyncProfiler.so");
            default -> Optional.empty();
        };
    }

    /**
     * Writes the library for this platform into {@code folder}.
     *
     * @throws IllegalStateException saying why when this platform has none or the jar is not on the class path
     */
    public static AsyncProfiler extract(Path folder) throws IOException {
        String os = System.getProperty("os.name");
        String arch = System.getProperty("os.arch");
        String resource = libraryResource(os, arch).orElseThrow(() -> new IllegalStateException(
                "async-profiler has no library for " + os + " " + arch + " (Linux x64 or arm64, or macOS, needed)"));
        try (InputStream in = AsyncProfiler.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: the tools.profiler:async-profiler"
                        + " jar is missing (benchmarks/target/lib)");
            }
            Path library = Files.createDirectories(folder).resolve("libasyncProfiler.so");
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
            return new AsyncProfiler(library);
        }
    }

    /** Starts sampling the CPU of JVM {@code pid} every {@code interval} of CPU time. */
    public void start(long pid, Duration interval) throws ProfilerException {
        command(pid, "start,event=itimer,interval=" + Math.max(1, interval.toMillis()) + "ms");
    }

    /** Stops sampling JVM {@code pid} and writes what it sampled as collapsed stacks. */
    public void stopInto(long pid, Path collapsed) throws ProfilerException {
        command(pid, "stop,file=" + collapsed.toAbsolutePath() + ",collapsed");
    }

    /** This JVM through the profiler's Java API (the Attach API refuses a JVM attaching to itself by default). */
    private void command(long pid, String arguments) throws ProfilerException {
        if (pid == ProcessHandle.current().pid()) {
            try {
                one.profiler.AsyncProfiler.getInstance(library.toString()).execute(arguments);
                return;
            } catch (IOException | RuntimeException e) {
                throw new ProfilerException("async-profiler refused '" + arguments + "' in this JVM: " + e.getMessage(), e);
            }
        }
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(Long.toString(pid));
        } catch (AttachNotSupportedException | IOException e) {
            throw new ProfilerException("cannot attach to JVM " + pid + ": " + e.getMessage(), e);
        }
        try {
            vm.loadAgentPath(library.toString(), arguments);
        } catch (AgentLoadException | AgentInitializationException | IOException e) {
            throw new ProfilerException("async-profiler refused '" + arguments + "' in JVM " + pid + ": " + e.getMessage(), e);
        } finally {
            try {
                vm.detach();
            } catch (IOException ignored) {
                // the command has run; a failed detach leaves nothing behind that matters
            }
        }
    }

    /** Attaching or the profiler's command failed; the message says which and why. */
    public static final class ProfilerException extends Exception {
        ProfilerException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
