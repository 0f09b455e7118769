package vn.lienthong.routes.server;

import javax.net.ssl.SSLContext;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;

/** Hands Camel's Netty endpoints a TLS context built by the security module (keys, trust and pinning). */
final class PrebuiltSslContext extends SSLContextParameters {

    private final SSLContext context;

    PrebuiltSslContext(SSLContext context) {
        this.context = context;
    }

    @Override
    public SSLContext createSSLContext(CamelContext camelContext) {
        return context;
    }
}
