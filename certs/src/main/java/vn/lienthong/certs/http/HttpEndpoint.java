package vn.lienthong.certs.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One small HTTP service on the JDK's built-in server: one handler at {@code /}, a few daemon worker threads,
 * stopped by {@link #close()}. Binds to loopback unless told otherwise; port 0 picks a free port.
 */
public final class HttpEndpoint implements AutoCloseable {

    private static final int WORKER_THREADS = 4;
    private static final int BACKLOG = 50;

    private final HttpServer server;
    private final ExecutorService workers;

    private HttpEndpoint(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /**
     * Starts serving {@code handler} on {@code address}.
     *
     * @param name for the worker threads' names, e.g. "ocsp"
     * @throws UncheckedIOException if the address cannot be bound (e.g. the port is taken)
     */
    public static HttpEndpoint start(String name, InetSocketAddress address, HttpHandler handler) {
        HttpServer server;
        try {
            server = HttpServer.create(address, BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for " + name + " requests on " + address.getHostString()
                    + ":" + address.getPort() + " (" + e.getMessage() + "): choose a free port", e);
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "lienthong-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", handler);
        server.setExecutor(workers);
        server.start();
        return new HttpEndpoint(server, workers);
    }

    /** {@code address:port}, loopback. */
    public static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    /** The port actually bound (the free one chosen for port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://HOST:PORT/}. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
