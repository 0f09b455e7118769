package vn.lienthong.benchmarks.provider;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.EndpointImpl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienthong.benchmarks.wss.AgencyKeys;
import vn.lienthong.benchmarks.wss.AgencyWss;

/**
 * The provider information system of every scenario, in its own JVM: {@link CitizenEndpoint} published with
 * CXF on Jetty at {@code http://127.0.0.1:PORT/npd}; with {@code --keystore} it also verifies, decrypts, signs
 * and encrypts with WSS4J (scenario B). Runs until SIGTERM.
 */
@Command(name = "benchmark-provider", mixinStandardHelpOptions = true,
        description = "The getCitizen provider information system the benchmark scenarios call.")
public final class ProviderMain implements Callable<Integer> {

    public static final String PATH = "/npd";

    @Option(names = "--port", required = true, description = "loopback port to listen on")
    private int port;

    @Option(names = "--keystore", description = "the provider member's PKCS#12 key store: turns WS-Security on")
    private Path keystore;

    @Option(names = "--password-file", description = "the key store password")
    private Path passwordFile;

    @Option(names = "--ca", description = "an approved CA certificate (PEM) trusted for signatures; repeatable")
    private List<Path> caCertificates = List.of();

    @Option(names = "--accept-signer", description = "a consumer member certificate (PEM) whose signatures it accepts; repeatable")
    private List<Path> signers = List.of();

    public static void main(String[] args) {
        System.exit(new CommandLine(new ProviderMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        EndpointImpl endpoint = new EndpointImpl(BusFactory.getDefaultBus(), new CitizenEndpoint());
        if (keystore != null) {
            if (passwordFile == null || caCertificates.isEmpty() || signers.isEmpty()) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "--keystore needs --password-file, at least one --ca and at least one --accept-signer");
            }
            AgencyWss.secure(endpoint, AgencyKeys.provider(keystore, passwordFile, caCertificates, signers));
        }
        endpoint.publish("http://127.0.0.1:" + port + PATH);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            endpoint.stop();
            stopped.countDown();
        }, "provider-shutdown"));
        System.out.println("provider ready on port " + port + (keystore == null ? " (plain SOAP)" : " (WS-Security)"));
        stopped.await();
        return 0;
    }
}
