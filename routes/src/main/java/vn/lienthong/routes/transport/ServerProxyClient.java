package vn.lienthong.routes.transport;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.security.tls.ConfiguredSocketFactory;
import vn.lienthong.security.tls.TlsContexts;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;

/**
 * Sends protected messages to other security servers' server proxies over mutual TLS. One TLS socket
 * factory per peer, each with a context that accepts only that peer's registered authentication
 * certificates; kept-alive connections are reused per peer. A request whose kept connection was closed under it is
 * sent once more on a new one ({@link BlockingPost}): the peer's replay cache refuses a copy it has already processed.
 */
public final class ServerProxyClient {

    /**
     * A peer is identified by the registered hash of its authentication certificate, which the trust
     * manager of its TLS context checks; its host name is not part of its identity.
     */
    private static final HostnameVerifier PINNED_BY_CERTIFICATE = (host, session) -> true;

    static {
        BlockingPost.keepEnoughConnections();
    }

    private final Function<SecurityServerInfo, SSLContext> tlsForPeer;
    private final Duration timeout;
    private final Map<String, SSLSocketFactory> factories = new ConcurrentHashMap<>();

    public ServerProxyClient(Function<SecurityServerInfo, SSLContext> tlsForPeer, Duration timeout) {
        this.tlsForPeer = tlsForPeer;
        this.timeout = timeout;
    }

    public HttpReply send(SecurityServerInfo peer, byte[] body, String contentType) {
        SSLSocketFactory tls = factories.computeIfAbsent(peer.id() + "|" + peer.authCertHashes(),
                k -> new ConfiguredSocketFactory(tlsForPeer.apply(peer), TlsContexts.clientParameters()));
        try {
            return BlockingPost.post(urlOf(peer), body, contentType, timeout, timeout, tls, PINNED_BY_CERTIFICATE);
        } catch (BlockingPost.ConnectFailed e) {
            if (e.getCause() instanceof SSLHandshakeException) {
                throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.SSL_AUTHENTICATION_FAILED,
                        "TLS with security server " + peer.id() + " at " + peer.address()
                                + " failed: its certificate is not the one registered for it, or it refused ours");
            }
            if (e.getCause() instanceof SSLException) {
                throw tlsFailed(peer, e.getCause());
            }
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.NETWORK_ERROR,
                    "cannot connect to security server " + peer.id() + " at " + peer.address());
        } catch (BlockingPost.AnswerTimedOut e) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.NETWORK_ERROR,
                    "security server " + peer.id() + " at " + peer.address() + " did not answer within "
                            + timeout.toSeconds() + " s");
        } catch (SSLException e) {
            throw tlsFailed(peer, e);
        } catch (IOException e) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.NETWORK_ERROR,
                    "exchange with security server " + peer.id() + " at " + peer.address() + " failed: " + e);
        }
    }

    private static BusFault tlsFailed(SecurityServerInfo peer, Throwable e) {
        return new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.SSL_AUTHENTICATION_FAILED,
                "TLS with security server " + peer.id() + " failed: " + e.getMessage());
    }

    private static URL urlOf(SecurityServerInfo peer) {
        try {
            return new URL("https://" + peer.address() + "/");
        } catch (MalformedURLException e) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.NETWORK_ERROR,
                    "security server " + peer.id() + " has an unusable address in the global configuration: "
                            + peer.address());
        }
    }
}
