package vn.lienthong.routes.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.security.tls.TlsContexts;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;

/**
 * Sends protected messages to other security servers' server proxies over mutual TLS. One HTTP client per
 * peer, each with a TLS context that accepts only that peer's registered authentication certificates.
 */
public final class ServerProxyClient {

    private final Function<SecurityServerInfo, SSLContext> tlsForPeer;
    private final Duration timeout;
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    public ServerProxyClient(Function<SecurityServerInfo, SSLContext> tlsForPeer, Duration timeout) {
        this.tlsForPeer = tlsForPeer;
        this.timeout = timeout;
    }

    public HttpReply send(SecurityServerInfo peer, byte[] body, String contentType) {
        HttpClient client = clients.computeIfAbsent(peer.id() + "|" + peer.authCertHashes(), k -> newClient(peer));
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://" + peer.address() + "/"))
                .timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new HttpReply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (SSLHandshakeException e) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.SSL_AUTHENTICATION_FAILED,
                    "TLS with security server " + peer.id() + " at " + peer.address()
                            + " failed: its certificate is not the one registered for it, or it refused ours");
        } catch (HttpTimeoutException e) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.NETWORK_ERROR,
                    "security server " + peer.id() + " at " + peer.address() + " did not answer within "
                            + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.NETWORK_ERROR,
                    "cannot connect to security server " + peer.id() + " at " + peer.address());
        } catch (SSLException e) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.SSL_AUTHENTICATION_FAILED,
                    "TLS with security server " + peer.id() + " failed: " + e.getMessage());
        } catch (IOException e) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.NETWORK_ERROR,
                    "exchange with security server " + peer.id() + " at " + peer.address() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.NETWORK_ERROR, "interrupted while waiting for "
                    + peer.id());
        }
    }

    private HttpClient newClient(SecurityServerInfo peer) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .sslContext(tlsForPeer.apply(peer))
                .sslParameters(TlsContexts.clientParameters())
                .build();
    }
}
