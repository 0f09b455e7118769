package vn.lienthong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.launcher.demo.DemoFederationSpec.NPD;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MPS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_VPCP;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.launcher.demo.DemoWorkspace;
import vn.lienthong.launcher.demo.SoapHttp;
import vn.lienthong.launcher.demo.XRoadRequest;

/**
 * A provider that answers slowly must not hold the rest of the server back: the proxies carry many messages at
 * once (each worker waits for its peer or provider), far more than the machine has cores. The provider here
 * answers only when {@link #AT_ONCE} requests wait on it together, which they can do only if both security servers
 * carry them all at the same time, and if a message waiting on the network gives its CPU permit back: there are only
 * two per core.
 */
class SlowProvidersConcurrencyTest {

    static final int AT_ONCE = 24;

    @TempDir
    static Path folder;
    static FederationFixture fixture;
    static HttpServer provider;
    static final CountDownLatch allWaiting = new CountDownLatch(AT_ONCE);
    static final AtomicInteger answeredBeforeAllArrived = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/together", exchange -> {
            allWaiting.countDown();
            boolean together;
            try {
                together = allWaiting.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                together = false;
            }
            if (!together) {
                answeredBeforeAllArrived.incrementAndGet();
            }
            byte[] answer = ("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                    + "<x:pong xmlns:x=\"urn:test\"/></s:Body></s:Envelope>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        provider.setExecutor(Executors.newCachedThreadPool());
        provider.start();
        int port = provider.getAddress().getPort();
        fixture = FederationFixture.start(folder, vn.lienthong.certs.ca.KeyAlgorithm.RSA_2048, w -> addService(w, port));
    }

    private static void addService(DemoWorkspace workspace, int port) {
        ServicesFile.add(workspace, SS_MPS, "<service id=\"" + NPD.service("together", "v1") + "\" url=\"http://127.0.0.1:"
                + port + "/together\" timeoutSeconds=\"90\"><allow client=\"" + PORTAL + "\"/></service>");
    }

    @AfterAll
    static void stop() {
        for (long i = allWaiting.getCount(); i > 0; i--) {
            allWaiting.countDown();
        }
        fixture.close();
        provider.stop(0);
    }

    @Test
    void manySlowAnswersAreCarriedAtOnce() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<SoapHttp.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                answers.add(clients.submit(() -> new SoapHttp().post(fixture.federation.clientProxy(SS_VPCP),
                        XRoadRequest.from(PORTAL, NPD.service("together", "v1")).body("<x:ping xmlns:x=\"urn:test\"/>").toXml(),
                        false)));
            }
            for (Future<SoapHttp.Answer> answer : answers) {
                SoapHttp.Answer a = answer.get(120, TimeUnit.SECONDS);
                assertThat(a.status()).as(a.body()).isEqualTo(200);
                assertThat(a.body()).contains("pong");
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(answeredBeforeAllArrived).as("answers the provider gave before %d requests waited together", AT_ONCE)
                .hasValue(0);
    }
}
