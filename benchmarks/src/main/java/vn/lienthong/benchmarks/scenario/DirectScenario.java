package vn.lienthong.benchmarks.scenario;

import java.util.List;
import vn.lienthong.benchmarks.driver.PlainSoapConsumer;
import vn.lienthong.benchmarks.process.JavaProcess;
import vn.lienthong.launcher.demo.DemoPorts;

/** A: the consumer calls the provider information system directly, plain SOAP over HTTP, no security. */
public final class DirectScenario implements Scenario {

    /** The name of the provider information system's JVM, as in A's CPU columns (C runs the same provider). */
    public static final String PROVIDER = ProviderProcess.NAME;

    @Override
    public String id() {
        return "A";
    }

    @Override
    public String title() {
        return "direct, plain SOAP";
    }

    @Override
    public String path() {
        return "driver (URLConnection, plain SOAP) -> provider JVM (CXF JAX-WS Provider on Jetty)";
    }

    @Override
    public RunningScenario start(BenchEnvironment env) {
        int port = DemoPorts.free().npdProviderSystem();
        JavaProcess provider = ProviderProcess.startPlain(env, port);
        return new RunningScenario(List.of(provider), new PlainSoapConsumer(ProviderProcess.url(port)));
    }
}
