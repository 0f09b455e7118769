package vn.lienthong.routes.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.transport.ScriptedHttpServer.Script;

/** How the server proxy's client talks to a provider information system, and what each failure becomes. */
class ProviderSystemClientTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] BODY = "<Envelope>câu hỏi</Envelope>".getBytes(StandardCharsets.UTF_8);

    private ScriptedHttpServer server;
    private ProviderSystemClient client = new ProviderSystemClient(CONNECT_TIMEOUT);

    @AfterEach
    void stop() throws IOException {
        client.close();
        if (server != null) {
            server.close();
        }
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.port() + "/npd");
    }

    private HttpReply send() {
        return client.send(url(), BODY, "text/xml; charset=UTF-8", "\"getCitizen\"", TIMEOUT);
    }

    private BusFault fault() {
        return catchThrowableOfType(BusFault.class, this::send);
    }

    @Test
    void requestsGoOutWithTheirHeadersAndShareOneKeptConnection() throws Exception {
        server = new ScriptedHttpServer(Script.ANSWER_AND_KEEP);

        for (int i = 0; i < 3; i++) {
            HttpReply reply = send();
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).isEqualTo("text/xml; charset=UTF-8");
            assertThat(reply.body()).isEqualTo(ScriptedHttpServer.ANSWER);
        }

        assertThat(server.requests.get()).isEqualTo(3);
        assertThat(server.connections.get()).isEqualTo(1);
        assertThat(server.lastHead()).startsWith("post /npd http/1.1\r\n")
                .contains("\r\nsoapaction: \"getcitizen\"\r\n")
                .contains("\r\ncontent-type: text/xml; charset=utf-8\r\n")
                .contains("\r\ncontent-length: " + BODY.length + "\r\n");
    }

    @Test
    void anErrorStatusIsAnAnswerNotAFailure() throws Exception {
        server = new ScriptedHttpServer(Script.FAIL_AND_KEEP);

        HttpReply reply = send();

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body()).isEqualTo(ScriptedHttpServer.ANSWER);
    }

    @Test
    void aConnectionTheProviderClosedWhileIdleIsCheckedBeforeReuseAndTheRequestArrivesOnce() throws Exception {
        client.close();
        client = new ProviderSystemClient(CONNECT_TIMEOUT, Duration.ZERO);
        server = new ScriptedHttpServer(Script.ANSWER_AND_KEEP);
        assertThat(send().status()).isEqualTo(200);

        server.closeCurrentConnection();
        await().atMost(Duration.ofSeconds(10)).until(() -> server.closedConnections.get() == 1);

        assertThat(send().status()).isEqualTo(200);
        assertThat(server.requests.get()).isEqualTo(2);
        assertThat(server.connections.get()).isEqualTo(2);
    }

    @Test
    void aConnectionUsedWithinTheWindowIsNotCheckedSoOneClosedUnderItFailsTheRequestWithoutResendingIt() throws Exception {
        client.close();
        client = new ProviderSystemClient(CONNECT_TIMEOUT, Duration.ofHours(1));
        server = new ScriptedHttpServer(Script.ANSWER_AND_CLOSE);
        assertThat(send().status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.closedConnections.get() == 1);

        BusFault fault = fault();

        assertThat(fault.errorCode()).isEqualTo(ErrorCode.SERVICE_UNREACHABLE);
        assertThat(fault.getMessage()).startsWith("the exchange with the provider information system failed");
        assertThat(server.requests.get()).isEqualTo(1);
    }

    @Test
    void aRequestThatGetsNoAnswerIsNeverSentTwice() throws Exception {
        server = new ScriptedHttpServer(Script.CLOSE_WITHOUT_ANSWER);

        BusFault fault = fault();

        assertThat(fault.origin()).isEqualTo(FaultOrigin.SERVER_PROXY);
        assertThat(fault.errorCode()).isEqualTo(ErrorCode.SERVICE_UNREACHABLE);
        assertThat(server.requests.get()).isEqualTo(1);
        assertThat(server.connections.get()).isEqualTo(1);
    }

    @Test
    void aProviderSlowerThanTheServiceTimeoutGivesATimeoutFault() throws Exception {
        server = new ScriptedHttpServer(Script.HOLD_WITHOUT_ANSWER);

        BusFault fault = catchThrowableOfType(BusFault.class,
                () -> client.send(url(), BODY, "text/xml", null, Duration.ofMillis(300)));

        assertThat(fault.errorCode()).isEqualTo(ErrorCode.SERVICE_TIMEOUT);
        assertThat(fault.getMessage()).isEqualTo("the provider information system did not answer within 300 ms");
        assertThat(server.requests.get()).isEqualTo(1);
    }

    @Test
    void aProviderThatIsNotListeningIsUnreachable() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/npd");

        BusFault fault = catchThrowableOfType(BusFault.class, () -> client.send(url, BODY, "text/xml", null, TIMEOUT));

        assertThat(fault.errorCode()).isEqualTo(ErrorCode.SERVICE_UNREACHABLE);
        assertThat(fault.getMessage()).isEqualTo("the provider information system at " + url + " cannot be reached");
    }

    @Test
    void anAddressThatIsNotAnHttpUrlIsRefusedBeforeAnyConnection() {
        for (String address : new String[] {"ftp://127.0.0.1/npd", "npd/query", "http:/npd"}) {
            URI url = URI.create(address);

            BusFault fault = catchThrowableOfType(BusFault.class, () -> client.send(url, BODY, "text/xml", null, TIMEOUT));

            assertThat(fault.errorCode()).as(address).isEqualTo(ErrorCode.SERVICE_UNREACHABLE);
            assertThat(fault.getMessage()).as(address).endsWith(" is not a usable URL");
        }
    }
}
