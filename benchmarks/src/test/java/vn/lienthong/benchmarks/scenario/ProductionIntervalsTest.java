package vn.lienthong.benchmarks.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.demo.DemoPkiResult;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.local.ServerConf;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;
import vn.lienthong.globalconf.registry.GlobalSettings;
import vn.lienthong.launcher.demo.DemoFederationSpec;
import vn.lienthong.launcher.demo.DemoPorts;
import vn.lienthong.launcher.demo.DemoWorkspace;
import vn.lienthong.messagelog.MessageLogSettings;

class ProductionIntervalsTest {

    @Test
    void theDemoFederationGetsXRoadsIntervalsAndKeepsEverythingElse(@TempDir Path dir) throws Exception {
        DemoWorkspace workspace = new DemoWorkspace(dir.resolve("federation"), DemoPorts.free());
        DemoPkiResult pki = workspace.prepare(KeyAlgorithm.EC_P256);
        ConfigurationAuthority before = ConfigurationAuthority.open(dir.resolve("federation/authority"),
                pki.readPassword(), Clock.systemUTC());
        assertThat(before.registry().settings().downloadInterval()).isEqualTo(Duration.ofSeconds(2));
        int membersBefore = before.registry().members().size();

        List<String> described = ProductionIntervals.apply(workspace, pki.readPassword());

        ConfigurationAuthority after = ConfigurationAuthority.open(dir.resolve("federation/authority"),
                pki.readPassword(), Clock.systemUTC());
        assertThat(after.registry().settings()).isEqualTo(GlobalSettings.DEFAULTS);
        assertThat(after.registry().members()).hasSize(membersBefore);
        assertThat(described).containsExactly("global configuration published and downloaded every 60 s",
                "global OCSP freshness 3600 s", "global time-stamping interval 60 s");
        for (SecurityServerId server : DemoFederationSpec.SERVERS) {
            ServerConf conf = ServerConf.load(workspace.serverDirectory(server));
            assertThat(conf.serverId()).isEqualTo(server);
            assertThat(conf.ocspFreshness()).isEqualTo(Duration.ofHours(1));
            MessageLogSettings log = MessageLogSettings.fromProperties(server, conf.settings());
            assertThat(log.stampingInterval()).isEqualTo(Duration.ofMinutes(1));
            assertThat(log.timestamping()).isEqualTo(MessageLogSettings.Timestamping.INTERVAL);
        }
    }

    @Test
    void aPropertyTheFileLacksIsAppendedAndCommentsStay(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("server.properties");
        Files.writeString(file, "# lienthong.ocsp.freshness-seconds=1\nlienthong.server.id=VN/GOV/MPS/SS-MPS\n"
                + "lienthong.ocsp.freshness-seconds = 60\n");

        ProductionIntervals.setProperties(file, Map.of("lienthong.ocsp.freshness-seconds", "3600",
                "lienthong.messagelog.stamping-interval-seconds", "60"));

        assertThat(Files.readAllLines(file)).containsExactly("# lienthong.ocsp.freshness-seconds=1",
                "lienthong.server.id=VN/GOV/MPS/SS-MPS", "lienthong.ocsp.freshness-seconds=3600",
                "lienthong.messagelog.stamping-interval-seconds=60");
    }

    @Test
    void aMissingFileIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> ProductionIntervals.setProperties(dir.resolve("absent.properties"), Map.of("a", "b")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot set the production intervals in").hasMessageContaining("absent.properties");
    }
}
