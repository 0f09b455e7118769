package vn.lienthong.benchmarks.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncProfilerTest {

    @TempDir
    Path tmp;

    @Test
    void theLibraryIsChosenByPlatform() {
        assertThat(AsyncProfiler.libraryResource("Linux", "amd64")).contains("linux-x64/libasyncProfiler.so");
        assertThat(AsyncProfiler.libraryResource("Linux", "aarch64")).contains("linux-arm64/libasyncProfiler.so");
        assertThat(AsyncProfiler.libraryResource("Mac OS X", "aarch64")).contains("macos/libasyncProfiler.so");
        assertThat(AsyncProfiler.libraryResource("Windows 11", "amd64")).isEmpty();
        assertThat(AsyncProfiler.libraryResource("Linux", "ppc64le")).isEmpty();
    }

    @Test
    void profilesAnotherJvmAndSeesWhatItSpendsItsCpuOn() throws Exception {
        assumeThat(AsyncProfiler.libraryResource(System.getProperty("os.name"), System.getProperty("os.arch")))
                .as("async-profiler ships libraries for Linux x64 and arm64 and macOS only").isPresent();
        AsyncProfiler profiler = AsyncProfiler.extract(tmp.resolve("lib"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HashingLoop.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
            Duration before = cpu(child);

            profiler.start(child.pid(), ScenarioProfiler.INTERVAL);
            await().atMost(Duration.ofSeconds(30)).until(() -> cpu(child).minus(before).toMillis() >= 1000);
            Path collapsed = tmp.resolve("child.collapsed");
            profiler.stopInto(child.pid(), collapsed);

            assertThat(Files.readString(collapsed)).contains("vn/lienthong/benchmarks/profile/HashingLoop");
            CpuProfile profile = CpuProfile.read(collapsed);
            assertThat(profile.total()).as("samples of 1 s of CPU, one per 5 ms").isGreaterThan(20);
            assertThat(profile.share(CostCategory.HASH_AND_CIPHER)).as("the child does nothing but hash").isGreaterThan(0.5);
        } finally {
            child.getOutputStream().close();
            child.destroy();
            child.waitFor();
        }
    }

    @Test
    void profilesItsOwnJvmThroughTheJavaApi() throws Exception {
        assumeThat(AsyncProfiler.libraryResource(System.getProperty("os.name"), System.getProperty("os.arch")))
                .as("async-profiler ships libraries for Linux x64 and arm64 and macOS only").isPresent();
        AsyncProfiler profiler = AsyncProfiler.extract(tmp.resolve("lib"));
        long self = ProcessHandle.current().pid();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();

        profiler.start(self, ScenarioProfiler.INTERVAL);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] block = new byte[4096];
        while (threads.getCurrentThreadCpuTime() - before < 1_000_000_000L) {
            block[0] = sha.digest(block)[0];
        }
        Path collapsed = tmp.resolve("self.collapsed");
        profiler.stopInto(self, collapsed);

        assertThat(Files.readString(collapsed)).contains("AsyncProfilerTest.profilesItsOwnJvmThroughTheJavaApi");
        assertThat(CpuProfile.read(collapsed).share(CostCategory.HASH_AND_CIPHER)).isGreaterThan(0.5);
    }

    private static Duration cpu(Process process) {
        return process.info().totalCpuDuration().orElseThrow(() -> new IllegalStateException("this OS does not say"
                + " how much CPU a process used"));
    }
}
