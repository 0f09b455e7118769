package vn.lienthong.launcher.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Posts SOAP to a client proxy the way an information system does, and reads the answer. */
public final class SoapHttp {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    public record Answer(int status, String body, long millis) {

        /** The fault code (SOAP 1.1 faultcode or SOAP 1.2 Subcode value), or null for a normal response. */
        public String faultCode() {
            String code = between(body, "<faultcode>", "</faultcode>");
            if (code == null) {
                String sub = between(body, "<env:Subcode><env:Value xmlns:xrd=\"http://x-road.eu/xsd/xroad.xsd\">", "</env:Value>");
                code = sub == null ? null : sub.replaceFirst("^xrd:", "");
            }
            return code;
        }

        public String faultString() {
            String s = between(body, "<faultstring>", "</faultstring>");
            return s != null ? s : between(body, "<env:Text xml:lang=\"en\">", "</env:Text>");
        }

        private static String between(String s, String start, String end) {
            int i = s.indexOf(start);
            if (i < 0) {
                return null;
            }
            int j = s.indexOf(end, i + start.length());
            return j < 0 ? null : s.substring(i + start.length(), j);
        }
    }

    public Answer post(URI url, String xml, boolean soap12) throws IOException, InterruptedException {
        return post(url, xml.getBytes(StandardCharsets.UTF_8), soap12);
    }

    public Answer post(URI url, byte[] body, boolean soap12) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url)
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", soap12 ? "application/soap+xml; charset=UTF-8" : "text/xml; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body(), (System.nanoTime() - start) / 1_000_000);
    }

    public Answer get(URI url) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body(), (System.nanoTime() - start) / 1_000_000);
    }
}
