package vn.lienthong.certs.tsa;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.certs.http.HttpEndpoint;
import vn.lienthong.certs.http.HttpExchanges;

/**
 * The HTTP transport of a {@link TimeStampAuthority} (RFC 3161 section 3.4): {@code POST} an
 * {@code application/timestamp-query}, get an {@code application/timestamp-reply}. A body over
 * {@link #MAX_REQUEST_BYTES} gets HTTP 413 with a rejection; other methods get 405.
 */
public final class TsaHttpServer implements AutoCloseable {

    public static final String REQUEST_TYPE = "application/timestamp-query";
    public static final String RESPONSE_TYPE = "application/timestamp-reply";
    public static final int MAX_REQUEST_BYTES = 16 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TsaHttpServer.class);

    private final HttpEndpoint endpoint;

    private TsaHttpServer(HttpEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Serves {@code tsa} on {@code address} (see {@link HttpEndpoint#loopback(int)}). */
    public static TsaHttpServer start(TimeStampAuthority tsa, InetSocketAddress address) {
        return new TsaHttpServer(HttpEndpoint.start("tsa", address, exchange -> handle(tsa, exchange)));
    }

    public int port() {
        return endpoint.port();
    }

    public URI uri() {
        return endpoint.uri();
    }

    @Override
    public void close() {
        endpoint.close();
    }

    private static void handle(TimeStampAuthority tsa, HttpExchange exchange) {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                HttpExchanges.sendText(exchange, HttpExchanges.METHOD_NOT_ALLOWED,
                        "send time-stamp queries with POST (" + REQUEST_TYPE + ")");
                return;
            }
            Optional<byte[]> query = HttpExchanges.readBody(exchange, MAX_REQUEST_BYTES);
            if (query.isEmpty()) {
                HttpExchanges.send(exchange, HttpExchanges.PAYLOAD_TOO_LARGE, RESPONSE_TYPE,
                        TimeStampAuthority.rejection(PKIFailureInfo.badDataFormat,
                                "the request is larger than " + MAX_REQUEST_BYTES + " bytes"));
            } else {
                HttpExchanges.send(exchange, HttpExchanges.OK, RESPONSE_TYPE, tsa.respond(query.get()));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("TSA exchange with {} failed: {}", exchange.getRemoteAddress(), e.toString());
        } finally {
            exchange.close();
        }
    }
}
