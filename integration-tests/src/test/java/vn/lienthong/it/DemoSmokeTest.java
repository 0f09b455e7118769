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

/**
 * The scripted exchanges of {@code lienthong demo --smoke} pass on a fresh demo federation, the feeders'
 * among them, and the transcript says so.
 */
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
            // The source databases took part, each through its own security server.
            assertThat(steps).extracting(DemoSmoke.Step::who).contains("VN/GOV/MOJ/CIVILSTATUS", "VN/GOV/MPS/RESIDENCE",
                    "VN/GOV/MPS/IDENTITY", "VN/PUB/VSS/INSURANCE", "VN/GOV/MPS/NPD");
        }
    }
}
