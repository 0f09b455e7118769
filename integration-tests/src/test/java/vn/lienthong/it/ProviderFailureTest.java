package vn.lienthong.it;

import static vn.lienthong.it.Faults.assertFault;
import static vn.lienthong.launcher.demo.DemoFederationSpec.NPD;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.launcher.demo.DemoWorkspace;
import vn.lienthong.launcher.demo.SoapHttp;
import vn.lienthong.launcher.demo.XRoadRequest;

/** The provider information system is down, too slow, or answers something that is not SOAP. */
class ProviderFailureTest {

    @TempDir
    static Path folder;
    static FederationFixture fixture;
    static HttpServer misbehaving;
    static final CountDownLatch release = new CountDownLatch(1);
    final SoapHttp http = new SoapHttp();

    @BeforeAll
    static void start() throws IOException {
        misbehaving = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        misbehaving.createContext("/slow", exchange -> {
            try {
                // holds the answer until the test has seen the timeout fault
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        misbehaving.createContext("/html", exchange -> {
            byte[] page = "<html><body>Internal Server Error</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        misbehaving.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        misbehaving.start();
        int deadPort = freePort();
        int port = misbehaving.getAddress().getPort();
        fixture = FederationFixture.start(folder, vn.lienthong.certs.ca.KeyAlgorithm.RSA_2048,
                w -> addServices(w, port, deadPort));
    }

    private static void addServices(DemoWorkspace workspace, int port, int deadPort) {
        String grant = "<allow client=\"" + PORTAL + "\"/>";
        ServicesFile.add(workspace, SS_MPS,
                "<service id=\"" + NPD.service("down", "v1") + "\" url=\"http://127.0.0.1:" + deadPort + "/\">" + grant + "</service>"
                + "<service id=\"" + NPD.service("slow", "v1") + "\" url=\"http://127.0.0.1:" + port + "/slow\" timeoutSeconds=\"1\">" + grant + "</service>"
                + "<service id=\"" + NPD.service("html", "v1") + "\" url=\"http://127.0.0.1:" + port + "/html\">" + grant + "</service>");
    }

    @AfterAll
    static void stop() {
        release.countDown();
        fixture.close();
        misbehaving.stop(0);
    }

    private SoapHttp.Answer call(String serviceCode) throws Exception {
        XRoadRequest r = XRoadRequest.from(PORTAL, NPD.service(serviceCode, "v1")).body("<x:ping xmlns:x=\"urn:test\"/>");
        return http.post(fixture.federation.clientProxy(SS_VPCP), r.toXml(), false);
    }

    @Test
    void providerDown() throws Exception {
        assertFault(call("down"), "Server.ServerProxy.ServiceUnreachable");
    }

    @Test
    void providerTooSlow() throws Exception {
        assertFault(call("slow"), "Server.ServerProxy.ServiceTimeout");
    }

    @Test
    void providerAnswersHtml() throws Exception {
        assertFault(call("html"), "Server.ServerProxy.InvalidServiceResponse");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
