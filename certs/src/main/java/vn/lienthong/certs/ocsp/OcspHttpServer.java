package vn.lienthong.certs.ocsp;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.certs.http.HttpEndpoint;
import vn.lienthong.certs.http.HttpExchanges;

/**
 * The HTTP transport of an {@link OcspResponder} (RFC 6960 appendix A.1): {@code POST} with an
 * {@code application/ocsp-request} body, or {@code GET /<url-encoded base64 of the DER request>}; answers
 * {@code application/ocsp-response}. A body over {@link #MAX_REQUEST_BYTES} gets HTTP 413 with an OCSP
 * {@code malformedRequest} response; other methods get 405.
 */
public final class OcspHttpServer implements AutoCloseable {

    public static final String REQUEST_TYPE = "application/ocsp-request";
    public static final String RESPONSE_TYPE = "application/ocsp-response";
    public static final int MAX_REQUEST_BYTES = 16 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(OcspHttpServer.class);

    private final HttpEndpoint endpoint;

    private OcspHttpServer(HttpEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Serves {@code responder} on {@code address} (see {@link HttpEndpoint#loopback(int)}). */
    public static OcspHttpServer start(OcspResponder responder, InetSocketAddress address) {
        return new OcspHttpServer(HttpEndpoint.start("ocsp", address, exchange -> handle(responder, exchange)));
    }

    public int port() {
        return endpoint.port();
    }

    /** The responder URL, for {@code openssl ocsp -url} or an authorityInfoAccess extension. */
    public URI uri() {
        return endpoint.uri();
    }

    @Override
    public void close() {
        endpoint.close();
    }

    private static void handle(OcspResponder responder, HttpExchange exchange) throws IOException {
        try {
            Optional<byte[]> request = switch (exchange.getRequestMethod()) {
                case "POST" -> HttpExchanges.readBody(exchange, MAX_REQUEST_BYTES);
                case "GET" -> fromPath(exchange.getRequestURI());
                default -> null;
            };
            if (request == null) {
                exchange.getResponseHeaders().set("Allow", "GET, POST");
                HttpExchanges.sendText(exchange, HttpExchanges.METHOD_NOT_ALLOWED,
                        "send OCSP requests with POST (" + REQUEST_TYPE + ") or GET /<base64 request>");
            } else if (request.isEmpty()) {
                HttpExchanges.send(exchange, HttpExchanges.PAYLOAD_TOO_LARGE, RESPONSE_TYPE,
                        OcspResponder.malformedRequest());
            } else {
                HttpExchanges.send(exchange, HttpExchanges.OK, RESPONSE_TYPE, responder.respond(request.get()));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("OCSP exchange with {} failed: {}", exchange.getRemoteAddress(), e.toString());
        } finally {
            exchange.close();
        }
    }

    /** The DER request in a GET path; an empty array (so malformedRequest) when it is not Base64. */
    private static Optional<byte[]> fromPath(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String base64 = path.startsWith("/") ? path.substring(1) : path;
        if (base64.length() > MAX_REQUEST_BYTES * 4 / 3 + 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            return Optional.of(new byte[0]);
        }
    }
}
