package vn.lienthong.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A provider information system that speaks SOAP 1.2: it answers t:echo with t:echoResponse. */
final class Soap12EchoProvider {

    private static final Pattern ECHO = Pattern.compile("<t:echo xmlns:t=\"urn:test\">(.*?)</t:echo>");

    private Soap12EchoProvider() {
    }

    static HttpServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = ECHO.matcher(request);
            String text = m.find() ? m.group(1) : "";
            byte[] answer = ("<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>"
                    + "<t:echoResponse xmlns:t=\"urn:test\">" + text + "</t:echoResponse></env:Body></env:Envelope>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/soap+xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return server;
    }
}
