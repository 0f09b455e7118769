package vn.lienthong.globalconf.client;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.globalconf.testing.TestFederation.MOJ;
import static vn.lienthong.globalconf.testing.TestFederation.SS_MOJ;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conf.global.GlobalConf;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.testing.TestFederation;

/**
 * A bundle that removes a server that is registered (and, for its peers, talking) right now: the next view no
 * longer has it, by name or by authentication certificate, while a view already handed out stays whole.
 */
class ServerRemovalTest {

    @TempDir
    Path tmp;

    @Test
    void theNewViewNoLongerHasTheServerAndTheOldViewIsUntouched() {
        TestFederation federation = TestFederation.create(tmp);
        federation.authority().publish();
        GlobalConfDownloader source = federation.downloader(federation.anchor(), tmp.resolve("state")).build();
        source.downloadNow();
        String mojAuthHash = Certificates.sha256Hex(federation.authCertificate(SS_MOJ));
        GlobalConf inUse = source.current();
        assertThat(inUse.serverOf(MOJ.subsystem("CIVIL"))).isPresent();
        List<GlobalConf> seen = new ArrayList<>();
        source.addListener(seen::add);

        federation.authority().update(r -> r.withoutServer(SS_MOJ));
        federation.authority().publish();
        source.downloadNow();

        GlobalConf now = source.current();
        assertThat(seen).containsExactly(now);
        assertThat(now.securityServers()).noneMatch(s -> s.id().equals(SS_MOJ));
        assertThat(now.serverOf(MOJ.subsystem("CIVIL"))).isEmpty();
        assertThat(now.serverByAuthCertHash(mojAuthHash)).isEmpty();
        assertThat(now.isRegistered(MOJ.subsystem("CIVIL"))).as("the member stays, only its server goes").isTrue();
        assertThat(inUse.serverByAuthCertHash(mojAuthHash)).as("a request in flight keeps the view it started with")
                .isPresent();
    }
}
