package vn.lienthong.benchmarks.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import vn.lienthong.benchmarks.driver.PointMeasurement;

class JitCompilerCpuTest {

    @Test
    void readsUserAndSystemTicksPastANameWithSpacesAndParentheses() {
        String stat = "4242 (C2 CompilerThre) S 1 4200 4200 0 -1 4194624 17 0 0 0 731 69 0 0 20 0 30 0 1234 0 0";
        assertThat(JitCompilerCpu.ticks(stat)).isEqualTo(800);
        assertThat(JitCompilerCpu.ticks("7 (a (b) c) R 1 2 3 4 5 6 7 8 9 10 11 12 13 14")).isEqualTo(11 + 12);
    }

    @Test
    void thisJvmsCompilersHaveWorked() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "no /proc here: Linux only");
        long nanos = JitCompilerCpu.of(ProcessHandle.current().pid()).orElseThrow();
        assertThat(nanos).as("CPU time of this JVM's JIT compiler threads since it started").isPositive();
    }

    @Test
    void aProcessThatIsNotThereTellsNothing() {
        assertThat(JitCompilerCpu.of(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void theJitShareIsOfAllProcessesCpu() {
        PointMeasurement p = new PointMeasurement(16, 100, 0, null, 1_000_000_000L, new Histogram(3),
                Map.of("driver", 100L, "SS-MPS", 300L), 100L);
        assertThat(p.jitShare()).isEqualTo(0.25);
        PointMeasurement unknown = new PointMeasurement(16, 100, 0, null, 1_000_000_000L, new Histogram(3),
                Map.of("driver", 100L), -1);
        assertThat(unknown.jitShare()).isNaN();
    }
}
