package vn.lienthong.globalconf.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Downloads from the authority's {@code downloadUrl}: {@code current}, then {@code <version>/<file>}. */
public final class HttpBundleSource implements BundleSource {

    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

    private final URI downloadUrl;
    private final HttpClient http;

    public HttpBundleSource(URI downloadUrl) {
        this.downloadUrl = downloadUrl.toString().endsWith("/") ? downloadUrl : URI.create(downloadUrl + "/");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public BundleReader latest() throws IOException {
        String version = new String(get(downloadUrl.resolve("current")), StandardCharsets.US_ASCII).strip();
        if (!version.matches("\\d{1,18}")) {
            throw new IOException(downloadUrl + "current is not a version number");
        }
        URI folder = downloadUrl.resolve(version + "/");
        return name -> get(folder.resolve(name));
    }

    @Override
    public String location() {
        return downloadUrl.toString();
    }

    private byte[] get(URI uri) throws IOException {
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] body = in.readNBytes(MAX_FILE_BYTES + 1);
                if (response.statusCode() != 200) {
                    throw new IOException("GET " + uri + " answered HTTP " + response.statusCode());
                }
                if (body.length > MAX_FILE_BYTES) {
                    throw new IOException("GET " + uri + " is larger than " + MAX_FILE_BYTES + " bytes");
                }
                return body;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while downloading " + uri, e);
        }
    }
}
