package vn.lienthong.it;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.demo.DemoPkiResult;
import vn.lienthong.launcher.demo.DemoFederation;
import vn.lienthong.launcher.demo.DemoPorts;
import vn.lienthong.launcher.demo.DemoWorkspace;

/**
 * A demo federation on free loopback ports in a temporary folder, started through the same code the demo
 * runs. A test class may edit the laid-out files before the servers start.
 */
final class FederationFixture implements AutoCloseable {

    final DemoWorkspace workspace;
    final DemoPkiResult pki;
    final DemoFederation federation;

    private FederationFixture(DemoWorkspace workspace, DemoPkiResult pki, DemoFederation federation) {
        this.workspace = workspace;
        this.pki = pki;
        this.federation = federation;
    }

    static FederationFixture start(Path folder) {
        return start(folder, KeyAlgorithm.RSA_2048, w -> { });
    }

    static FederationFixture start(Path folder, KeyAlgorithm keys, Consumer<DemoWorkspace> edit) {
        DemoWorkspace workspace = new DemoWorkspace(folder, DemoPorts.free());
        DemoPkiResult pki = workspace.prepare(keys);
        edit.accept(workspace);
        return new FederationFixture(workspace, pki, DemoFederation.startPrepared(workspace, Clock.systemUTC()));
    }

    @Override
    public void close() {
        federation.close();
    }
}
