package vn.lienthong.routes.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-connection-at-a-time HTTP/1.1 server for transport tests: reads each request (headers and a Content-Length
 * body), counts requests and connections, then answers as scripted. Its answers never say {@code Connection: close},
 * so a client learns of a closed connection only from the socket.
 */
final class ScriptedHttpServer implements AutoCloseable {

    static final byte[] ANSWER = "<Envelope>answer</Envelope>".getBytes(StandardCharsets.UTF_8);

    /** What the server does with each request it has read. */
    enum Script {
        /** 200 with {@link #ANSWER}; the connection is kept. */
        ANSWER_AND_KEEP,
        /** 200 with {@link #ANSWER}, then the server closes the connection. */
        ANSWER_AND_CLOSE,
        /** 500 with {@link #ANSWER}; the connection is kept. */
        FAIL_AND_KEEP,
        /** No answer; the server closes the connection. */
        CLOSE_WITHOUT_ANSWER,
        /** No answer; the connection stays open until the client gives up. */
        HOLD_WITHOUT_ANSWER
    }

    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger closedConnections = new AtomicInteger();
    private final ServerSocket socket;
    private final Script script;
    private volatile Socket current;
    private volatile String lastHead = "";

    ScriptedHttpServer(Script script) throws IOException {
        this.script = script;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "scripted-http-server");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The header block of the last request read, lower-cased. */
    String lastHead() {
        return lastHead;
    }

    /** Closes the connection the server holds, as a server does with a connection idle too long. */
    void closeCurrentConnection() throws IOException {
        Socket connection = current;
        if (connection != null) {
            connection.close();
        }
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                current = connection;
                connections.incrementAndGet();
                InputStream in = connection.getInputStream();
                OutputStream out = connection.getOutputStream();
                while (readRequest(in)) {
                    requests.incrementAndGet();
                    if (!answer(in, out)) {
                        break;
                    }
                }
            } catch (IOException e) {
                // the listening socket was closed, or the client or the test closed the connection
            }
            closedConnections.incrementAndGet();
        }
    }

    /** Returns whether to go on reading requests on this connection. */
    private boolean answer(InputStream in, OutputStream out) throws IOException {
        switch (script) {
            case ANSWER_AND_KEEP, ANSWER_AND_CLOSE, FAIL_AND_KEEP -> {
                String status = script == Script.FAIL_AND_KEEP ? "500 Internal Server Error" : "200 OK";
                out.write(("HTTP/1.1 " + status + "\r\nContent-Type: text/xml; charset=UTF-8\r\nContent-Length: "
                        + ANSWER.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(ANSWER);
                out.flush();
                return script != Script.ANSWER_AND_CLOSE;
            }
            case HOLD_WITHOUT_ANSWER -> {
                while (in.read() >= 0) {
                    // wait for the client to close
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean readRequest(InputStream in) throws IOException {
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
        lastHead = head.toString(StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        int length = 0;
        for (String line : lastHead.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        return in.readNBytes(length).length == length;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        closeCurrentConnection();
    }
}
