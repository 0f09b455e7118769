package vn.lienthong.routes.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.routes.transport.BlockingPost.StaleConnections;

/** What each {@link StaleConnections} policy does when the far side closes a kept-alive connection. */
class BlockingPostTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final byte[] BODY = "<Envelope/>".getBytes(StandardCharsets.UTF_8);

    private ScriptedServer server;

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private HttpReply post(StaleConnections policy) throws IOException {
        return BlockingPost.post(new URL("http://127.0.0.1:" + server.port() + "/"), BODY, "text/xml", null, TIMEOUT,
                TIMEOUT, null, null, policy);
    }

    @Test
    void aConnectionTheServerClosedAfterAnsweringIsNotUsedAgainAndEachRequestArrivesOnce() throws Exception {
        for (StaleConnections policy : StaleConnections.values()) {
            server = new ScriptedServer(true, true);

            assertThat(post(policy).status()).isEqualTo(200);
            assertThat(server.closed.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(post(policy).status()).as(policy.name()).isEqualTo(200);

            assertThat(server.requests.get()).as(policy.name()).isEqualTo(2);
            server.close();
        }
    }

    @Test
    void checkFirstNeverSendsARequestTwiceEvenWhenNoAnswerComes() throws Exception {
        server = new ScriptedServer(false, true);

        assertThatThrownBy(() -> post(StaleConnections.CHECK_FIRST)).isInstanceOf(IOException.class);

        assertThat(server.requests.get()).isEqualTo(1);
    }

    @Test
    void resendOnceSendsTheSameRequestOnceMoreWhenNoAnswerComes() throws Exception {
        server = new ScriptedServer(false, true);

        assertThatThrownBy(() -> post(StaleConnections.RESEND_ONCE)).isInstanceOf(IOException.class);

        assertThat(server.requests.get()).as("which is why only replay-protected peers get it").isEqualTo(2);
    }

    /**
     * Reads each request (headers and a Content-Length body); then answers 200 with a kept-alive response or not at
     * all, and closes the connection when told, signalling {@link #closed}.
     */
    private static final class ScriptedServer implements AutoCloseable {
        final AtomicInteger requests = new AtomicInteger();
        final CountDownLatch closed = new CountDownLatch(1);
        private final ServerSocket socket;
        private final Thread thread;

        ScriptedServer(boolean answer, boolean closeAfterEachRequest) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> serve(answer, closeAfterEachRequest), "scripted-http-server");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve(boolean answer, boolean closeAfterEachRequest) {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    InputStream in = connection.getInputStream();
                    OutputStream out = connection.getOutputStream();
                    do {
                        if (!readRequest(in)) {
                            break;
                        }
                        requests.incrementAndGet();
                        if (answer) {
                            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + BODY.length
                                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                            out.write(BODY);
                            out.flush();
                        }
                    } while (!closeAfterEachRequest);
                } catch (IOException e) {
                    // the listening socket was closed, or the client went away
                }
                closed.countDown();
            }
        }

        private static boolean readRequest(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                head.write(b);
                byte[] h = head.toByteArray();
                int n = h.length;
                if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                    break;
                }
            }
            if (b < 0) {
                return false;
            }
            int length = 0;
            for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            return in.readNBytes(length).length == length;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
