package vn.lienthong.benchmarks.scenario;

import java.util.List;
import vn.lienthong.benchmarks.driver.WssDispatchConsumer;
import vn.lienthong.benchmarks.process.JavaProcess;
import vn.lienthong.benchmarks.wss.AgencyKeys;
import vn.lienthong.launcher.demo.DemoFederationSpec;
import vn.lienthong.launcher.demo.DemoPorts;

/**
 * B: what two agencies build without a bus. The consumer (the Government Office's portal, in the driver JVM)
 * and the provider (the NPD) both run CXF with WSS4J interceptors, signing and encrypting both ways with the
 * members' keys and algorithms the bus uses.
 */
public final class PointToPointWssScenario implements Scenario {

    @Override
    public String id() {
        return "B";
    }

    @Override
    public String title() {
        return "point to point, CXF + WSS4J";
    }

    @Override
    public String path() {
        return "driver (CXF Dispatch + WSS4J out/in, VPCP member key) -> provider JVM (CXF + WSS4J in/out, MPS member key)";
    }

    @Override
    public RunningScenario start(BenchEnvironment env) {
        int port = DemoPorts.free().npdProviderSystem();
        JavaProcess provider = ProviderProcess.startSecured(env, port, DemoFederationSpec.MPS,
                DemoFederationSpec.VPCP);
        AgencyKeys portal = AgencyKeys.consumer(env.pki().memberKeystore(DemoFederationSpec.VPCP),
                env.pki().passwordFile(),
                List.of(env.pki().rootCertificatePem(), env.pki().intermediateCertificatePem()),
                env.pki().memberCertificatePem(DemoFederationSpec.MPS));
        return new RunningScenario(List.of(provider), new WssDispatchConsumer(ProviderProcess.url(port), portal));
    }
}
