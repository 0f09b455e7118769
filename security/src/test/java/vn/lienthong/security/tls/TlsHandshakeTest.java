package vn.lienthong.security.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.testpki.MutableClock;
import vn.lienthong.security.testpki.TestPki;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.RevocationChecking;

/** Real handshakes over loopback between the server proxy context and a pinned client context. */
class TlsHandshakeTest {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final TestPki pki = TestPki.ec();
    private final CertificateChainValidator validator =
            new CertificateChainValidator(pki.trustAnchors(), RevocationChecking.disabled());
    private final MutableClock clock = MutableClock.atTestNow();
    private final SigningCredential serverKey = pki.server(TestPki.SERVER_B);
    private final SigningCredential clientKey = pki.server(TestPki.SERVER_A);

    private SSLServerSocket serverSocket;
    private CompletableFuture<String> serverSide;

    @BeforeEach
    void startServer() throws IOException {
        SSLContext server = TlsContexts.serverContext(serverKey, validator, clock);
        serverSocket = (SSLServerSocket) server.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        serverSocket.setSSLParameters(TlsContexts.serverParameters());
        serverSide = CompletableFuture.supplyAsync(() -> {
            try (SSLSocket socket = (SSLSocket) serverSocket.accept()) {
                socket.setSoTimeout(TIMEOUT_MILLIS);
                socket.startHandshake();
                int request = socket.getInputStream().read();
                socket.getOutputStream().write(request + 1);
                socket.getOutputStream().flush();
                return socket.getSession().getProtocol() + " "
                        + socket.getSession().getPeerCertificates()[0].equals(clientKey.certificate());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void stopServer() throws IOException {
        serverSocket.close();
    }

    private SSLSocket connect(Set<String> pinnedHashes) throws IOException {
        SSLContext client = TlsContexts.clientContext(clientKey, validator, clock, pinnedHashes);
        SSLSocket socket = (SSLSocket) client.getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), serverSocket.getLocalPort());
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.setSSLParameters(TlsContexts.clientParameters());
        return socket;
    }

    @Test
    void pinnedPeerAndAuthenticatedClientTalk() throws Exception {
        try (SSLSocket socket = connect(Set.of(CertificateHashes.sha256Hex(serverKey.certificate())))) {
            socket.startHandshake();
            socket.getOutputStream().write(41);
            socket.getOutputStream().flush();

            assertThat(socket.getInputStream().read()).isEqualTo(42);
            assertThat(socket.getSession().getPeerCertificates()[0]).isEqualTo(serverKey.certificate());
        }
        assertThat(serverSide.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)).isEqualTo("TLSv1.3 true");
    }

    @Test
    void serverWhoseCertificateIsNotRegisteredIsRefused() throws Exception {
        try (SSLSocket socket = connect(Set.of(CertificateHashes.sha256Hex(clientKey.certificate())))) {
            assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLException.class);
        }
        assertThat(serverSide).failsWithin(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }
}
