package vn.lienthong.globalconf.client;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.globalconf.testing.TestFederation.MOJ;
import static vn.lienthong.globalconf.testing.TestFederation.MPS;
import static vn.lienthong.globalconf.testing.TestFederation.MPS_NPD;
import static vn.lienthong.globalconf.testing.TestFederation.SS_MOJ;
import static vn.lienthong.globalconf.testing.TestFederation.SS_MPS;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.client.LocalConfProblem.Kind;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.testing.TestFederation;

/** A server's own configuration checked against the global one. */
class LocalConfValidatorTest {

    @TempDir
    Path tmp;

    private TestFederation federation;
    private DownloadedGlobalConf global;

    @BeforeEach
    void downloaded() {
        federation = TestFederation.create(tmp);
        federation.authority().publish();
        GlobalConfDownloader source = federation.downloader(federation.anchor(), null).build();
        source.downloadNow();
        global = source.current();
    }

    @Test
    void aRegisteredServerHasNoProblems() {
        LocalServerIdentity local = new LocalServerIdentity(SS_MPS, Set.of(MPS_NPD),
                Set.of(Certificates.sha256Hex(federation.authCertificate(SS_MPS))));

        assertThat(LocalConfValidator.validate(local, global)).isEmpty();
    }

    @Test
    void everyDisagreementIsReported() {
        LocalServerIdentity local = new LocalServerIdentity(SS_MPS,
                Set.of(MPS_NPD, MPS.subsystem("UNKNOWN"), MOJ.subsystem("CIVIL")),
                Set.of(Certificates.sha256Hex(federation.authCertificate(SS_MOJ)), "ab".repeat(32)));

        assertThat(LocalConfValidator.validate(local, global)).extracting(LocalConfProblem::kind)
                .containsExactlyInAnyOrder(Kind.CLIENT_NOT_REGISTERED, Kind.CLIENT_NOT_ON_THIS_SERVER,
                        Kind.AUTH_CERT_OF_ANOTHER_SERVER, Kind.AUTH_CERT_NOT_REGISTERED);
    }

    @Test
    void anUnregisteredServerAndOwnerAreReported() {
        SecurityServerId unknown = new SecurityServerId(TestFederation.STRANGER, "SS-X");
        LocalServerIdentity local = new LocalServerIdentity(unknown, Set.of(), Set.of());

        assertThat(LocalConfValidator.validate(local, global)).extracting(LocalConfProblem::kind)
                .containsExactly(Kind.OWNER_NOT_REGISTERED, Kind.SERVER_NOT_REGISTERED);
    }
}
