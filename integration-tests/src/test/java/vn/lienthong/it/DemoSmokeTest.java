package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.launcher.demo.DemoSmoke;

/** The scripted exchanges of {@code lienthong demo --smoke} pass on a fresh demo federation, and the transcript says so. */
class DemoSmokeTest {

    @TempDir
    Path folder;

    @Test
    void everyScriptedExchangeGetsWhatItExpects() throws Exception {
        try (FederationFixture fixture = FederationFixture.start(folder)) {
            List<DemoSmoke.Step> steps = new DemoSmoke(fixture.federation).run();
            ByteArrayOutputStream transcript = new ByteArrayOutputStream();
            DemoSmoke.print(steps, new PrintStream(transcript, true, StandardCharsets.UTF_8));

            assertThat(steps).as(transcript.toString(StandardCharsets.UTF_8)).allMatch(DemoSmoke.Step::passed);
            assertThat(transcript.toString(StandardCharsets.UTF_8))
                    .contains("VN/GOV/VPCP/PORTAL").contains("Server.ServerProxy.AccessDenied")
                    .contains(steps.size() + " passed, 0 failed");
        }
    }
}
