package vn.lienthong.globalconf.authority;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.globalconf.bundle.BundleLayout;

/**
 * The authority over HTTP:
 * <ul>
 *   <li>{@code GET /globalconf/current}: the newest version number;</li>
 *   <li>{@code GET /globalconf/<version>/<file>}: a file of that published bundle (immutable, so a download never
 *       mixes versions);</li>
 *   <li>{@code POST /managementrequests}: a signed management request; {@code 202} with its number, or
 *       {@code 400}/{@code 403} with {@code REASON: explanation}.</li>
 * </ul>
 */
public final class ConfigurationServer implements AutoCloseable {

    public static final String DOWNLOAD_PATH = "/globalconf/";
    public static final String REQUESTS_PATH = "/managementrequests";
    static final int MAX_REQUEST_BYTES = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationServer.class);

    private final HttpServer server;
    private final ExecutorService executor;

    private ConfigurationServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Serves {@code authority} on {@code address} (port 0 picks a free port). */
    public static ConfigurationServer start(ConfigurationAuthority authority, InetSocketAddress address) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 50);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage()
                    + "; choose another port or stop what uses it", e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "confauth-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        Path published = authority.publishedFolder();
        server.createContext(DOWNLOAD_PATH, exchange -> handle(exchange, () -> download(exchange, published)));
        server.createContext(REQUESTS_PATH, exchange -> handle(exchange, () -> submit(exchange, authority)));
        server.start();
        return new ConfigurationServer(server, executor);
    }

    /** The download URL to put in anchors, e.g. {@code http://127.0.0.1:8090/globalconf/}. */
    public URI downloadUrl() {
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getHostString() + ":" + a.getPort() + DOWNLOAD_PATH);
    }

    public URI managementRequestUrl() {
        return downloadUrl().resolve(REQUESTS_PATH);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private interface Handler {
        void run() throws IOException;
    }

    private static void handle(HttpExchange exchange, Handler handler) {
        try (exchange) {
            handler.run();
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.toString());
            try {
                send(exchange, 500, "text/plain", "INTERNAL: the authority could not answer".getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException ignored) {
                // the response was under way already; the connection closes
            }
        }
    }

    private static void download(HttpExchange exchange, Path published) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            sendText(exchange, 405, "METHOD: use GET");
            return;
        }
        String rest = exchange.getRequestURI().getPath().substring(DOWNLOAD_PATH.length());
        Path file;
        if (rest.equals(BundleLayout.CURRENT)) {
            file = published.resolve(BundleLayout.CURRENT);
        } else {
            String[] p = rest.split("/", -1);
            if (p.length != 2 || !p[0].matches("\\d{1,18}") || !BundleLayout.isSafeFileName(p[1])) {
                sendText(exchange, 404, "NOT_FOUND: ask for " + DOWNLOAD_PATH + "current or " + DOWNLOAD_PATH
                        + "<version>/<file>");
                return;
            }
            file = published.resolve(p[0]).resolve(p[1]);
        }
        if (!Files.isRegularFile(file)) {
            sendText(exchange, 404, "NOT_FOUND: " + rest + " is not published");
            return;
        }
        send(exchange, 200, "application/octet-stream", Files.readAllBytes(file));
    }

    private static void submit(HttpExchange exchange, ConfigurationAuthority authority) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            sendText(exchange, 405, "METHOD: use POST");
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_REQUEST_BYTES + 1);
        }
        if (body.length > MAX_REQUEST_BYTES) {
            sendText(exchange, 413, "TOO_LARGE: a management request may have at most " + MAX_REQUEST_BYTES + " bytes");
            return;
        }
        try {
            StoredRequest stored = authority.requests().submit(body);
            sendText(exchange, 202, Long.toString(stored.id()));
        } catch (RequestRefusedException e) {
            LOG.info("management request refused: {}: {}", e.reason(), e.getMessage());
            int status = e.reason() == RequestRefusedException.Reason.MALFORMED ? 400 : 403;
            sendText(exchange, status, e.reason() + ": " + e.getMessage());
        }
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
