package vn.lienthong.benchmarks.scenario;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.benchmarks.driver.PlainSoapConsumer;
import vn.lienthong.benchmarks.process.Classpaths;
import vn.lienthong.benchmarks.process.JavaProcess;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.launcher.demo.DemoFederationSpec;
import vn.lienthong.launcher.demo.DemoPorts;

/**
 * C: the full LienThong path. The consumer posts plain SOAP to its security server's client proxy (SS-VPCP),
 * which signs, encrypts and sends it over mutual TLS to the provider's security server (SS-MPS), which
 * verifies, decrypts, checks access rights, calls the provider information system, and protects the answer
 * on the way back. Each security server is {@code lienthong server --config DIR} in its own JVM, exactly as
 * an agency runs it, so whatever the servers do per message (message log, time-stamping, OCSP, as configured
 * in their folders) is measured here without any change to the harness. The federation's services run in
 * JVMs of their own, counted like the others: the CA's OCSP responder and time-stamping authority
 * ({@code lienthong ca serve}) and the global configuration authority ({@code lienthong confauth serve}).
 */
public final class BusScenario implements Scenario {

    private static final String LAUNCHER_MAIN = "vn.lienthong.launcher.Lienthong";

    /** The names of C's two security server JVMs, as in its CPU columns. */
    public static final List<String> SECURITY_SERVERS =
            List.of(DemoFederationSpec.SS_MPS.serverCode(), DemoFederationSpec.SS_VPCP.serverCode());

    @Override
    public String id() {
        return "C";
    }

    @Override
    public String title() {
        return "LienThong, two security servers";
    }

    @Override
    public String path() {
        return "driver (URLConnection, plain SOAP) -> SS-VPCP client proxy -> mutual TLS -> SS-MPS server proxy"
                + " -> provider JVM (same plain provider as A), and back; the demo CA's OCSP responder and TSA"
                + " (`lienthong ca serve`) and the configuration authority (`lienthong confauth serve`) in JVMs of their own";
    }

    @Override
    public RunningScenario start(BenchEnvironment env) {
        DemoPorts ports = env.workspace().ports();
        List<JavaProcess> started = new ArrayList<>();
        try {
            started.add(caServices(env, ports));
            started.add(configurationAuthority(env, ports));
            started.add(ProviderProcess.startPlain(env, ports.npdProviderSystem()));
            started.add(server(env, DemoFederationSpec.SS_MPS, ports.npdServerProxy()));
            started.add(server(env, DemoFederationSpec.SS_VPCP, ports.portalClientProxy()));
        } catch (RuntimeException e) {
            new RunningScenario(started, null).close();
            throw e;
        }
        URI clientProxy = URI.create("http://127.0.0.1:" + ports.portalClientProxy() + "/");
        return new RunningScenario(started, new PlainSoapConsumer(clientProxy));
    }

    private static JavaProcess caServices(BenchEnvironment env, DemoPorts ports) {
        String name = "CA";
        return awaited(JavaProcess.start(name, Classpaths.launcher(env.repository()), env.flagsFor(name), LAUNCHER_MAIN,
                List.of("ca", "serve", "--dir", env.pki().caDirectory().toString(),
                        "--password-file", env.pki().passwordFile().toString(),
                        "--ocsp-port", Integer.toString(ports.ocspResponder()),
                        "--tsa-port", Integer.toString(ports.timeStampingAuthority())),
                env.logDirectory().resolve(name + ".log")), ports.timeStampingAuthority());
    }

    /** The global configuration authority the servers download their configuration from ({@code lienthong confauth serve}). */
    private static JavaProcess configurationAuthority(BenchEnvironment env, DemoPorts ports) {
        String name = "confauth";
        return awaited(JavaProcess.start(name, Classpaths.launcher(env.repository()), env.flagsFor(name), LAUNCHER_MAIN,
                List.of("confauth", "serve", "--dir", env.workspace().root().resolve("authority").toString(),
                        "--password-file", env.pki().passwordFile().toString(),
                        "--port", Integer.toString(ports.configurationAuthority())),
                env.logDirectory().resolve(name + ".log")), ports.configurationAuthority());
    }

    private static JavaProcess awaited(JavaProcess process, int port) {
        try {
            process.awaitPort(port, ProviderProcess.START_TIMEOUT);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return process;
    }

    private static JavaProcess server(BenchEnvironment env, SecurityServerId id, int port) {
        String name = id.serverCode();
        return awaited(JavaProcess.start(name, Classpaths.launcher(env.repository()), env.flagsFor(name),
                LAUNCHER_MAIN, List.of("server", "--config", env.workspace().serverDirectory(id).toString()),
                env.logDirectory().resolve(name + ".log")), port);
    }
}
