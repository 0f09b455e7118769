package vn.lienthong.routes.provider.npd;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** A subscriber's callback endpoint for tests: records every notification body; can be told to fail. */
final class RecordingSubscriber implements AutoCloseable {

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger attempts = new AtomicInteger();

    RecordingSubscriber() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/notify", exchange -> {
            attempts.incrementAndGet();
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int answer = status.get();
                if (answer == 200) {
                    received.add(body);
                }
                byte[] reply = ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                        + "<ntf:notifyChangeResponse xmlns:ntf=\"https://lienthong.gov.vn/npd/notification/v1\">"
                        + "<ntf:notificationId>x</ntf:notificationId><ntf:received>true</ntf:received>"
                        + "</ntf:notifyChangeResponse></soapenv:Body></soapenv:Envelope>").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
                exchange.sendResponseHeaders(answer, reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/notify";
    }

    List<String> received() {
        return received;
    }

    int attempts() {
        return attempts.get();
    }

    /** Answers every notification with this HTTP status from now on (200 accepts). */
    void answer(int httpStatus) {
        status.set(httpStatus);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
