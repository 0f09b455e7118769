package vn.lienthong.routes.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.routes.transport.ScriptedHttpServer.Script;

/** What {@link BlockingPost} does when the far side closes a kept-alive connection. */
class BlockingPostTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] BODY = "<Envelope/>".getBytes(StandardCharsets.UTF_8);

    private ScriptedHttpServer server;

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private HttpReply post() throws IOException {
        return BlockingPost.post(new URL("http://127.0.0.1:" + server.port() + "/"), BODY, "text/xml", TIMEOUT, TIMEOUT,
                null, null);
    }

    @Test
    void aConnectionTheServerClosedAfterAnsweringIsNotUsedAgainAndEachRequestArrivesOnce() throws Exception {
        server = new ScriptedHttpServer(Script.ANSWER_AND_CLOSE);

        assertThat(post().status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.closedConnections.get() == 1);
        assertThat(post().status()).isEqualTo(200);

        assertThat(server.requests.get()).isEqualTo(2);
    }

    @Test
    void aRequestThatGetsNoAnswerIsSentOnceMoreOnANewConnection() throws Exception {
        server = new ScriptedHttpServer(Script.CLOSE_WITHOUT_ANSWER);

        assertThatThrownBy(this::post).isInstanceOf(IOException.class);

        assertThat(server.requests.get()).as("which is why only replay-protected peers get BlockingPost").isEqualTo(2);
        assertThat(server.connections.get()).isEqualTo(2);
    }
}
