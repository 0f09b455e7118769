package vn.lienthong.routes.serverproxy;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.security.tls.CertificateHashes;

/**
 * The TLS peer must present an authentication certificate that the global configuration registers for
 * a security server. (The TLS layer has already checked that it chains to an approved CA.)
 */
final class AuthenticatePeerServer implements Processor {

    static final String SSL_SESSION_HEADER = "CamelNettySSLSession";
    static final String PEER_PROPERTY = "lienthong.peerServer";

    private final ServerRuntime runtime;

    AuthenticatePeerServer(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        SSLSession session = exchange.getIn().getHeader(SSL_SESSION_HEADER, SSLSession.class);
        if (session == null) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SSL_AUTHENTICATION_FAILED,
                    "the server proxy accepts only mutual TLS connections from security servers");
        }
        X509Certificate peer;
        try {
            Certificate[] chain = session.getPeerCertificates();
            peer = (X509Certificate) chain[0];
        } catch (SSLPeerUnverifiedException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SSL_AUTHENTICATION_FAILED,
                    "the TLS peer presented no client certificate");
        }
        String hash = CertificateHashes.sha256Hex(peer);
        SecurityServerInfo server = runtime.global().serverByAuthCertHash(hash).orElseThrow(() -> new BusFault(
                FaultOrigin.SERVER_PROXY, ErrorCode.SSL_AUTHENTICATION_FAILED,
                "the TLS peer's certificate (" + peer.getSubjectX500Principal().getName()
                        + ") is not registered for any security server of the federation"));
        exchange.setProperty(PEER_PROPERTY, server);
    }
}
