package vn.lienthong.routes.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.time.Duration;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP POST on the calling thread, over the JDK's {@link HttpURLConnection} and its keep-alive pool.
 *
 * <p>The security server's workers wait for the far side anyway; doing the exchange on their own thread
 * costs no thread hand-offs, where the JDK's asynchronous {@code HttpClient} took several per message
 * (its selector, its executor, then the waiting caller). Idle connections are kept per destination and
 * TLS socket factory, up to {@code http.maxConnections} of them ({@link #keepEnoughConnections}).
 *
 * <p>The JDK gets the whole body at once, not as a stream, so it reuses a kept connection without first checking
 * that it is still open (that check waits 1 ms on every request). When no answer header at all comes back over a
 * kept connection, the JDK opens a new one and sends the same bytes once more. That suits only peers that refuse
 * a second copy of a message: a server proxy's replay cache answers a resent request with a replay fault, so nothing
 * is processed twice. Provider information systems get the {@link ProviderSystemClient}, which never resends.
 */
public final class BlockingPost {

    /** Connections kept alive per destination unless the operator sets {@code http.maxConnections}. */
    static final int KEPT_CONNECTIONS = 128;

    /** The connection could not be opened (refused, unreachable, connect timeout, TLS handshake). */
    static final class ConnectFailed extends IOException {
        ConnectFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Connected, but no complete answer came within the read timeout. */
    static final class AnswerTimedOut extends IOException {
        AnswerTimedOut(SocketTimeoutException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private BlockingPost() {
    }

    /**
     * The JDK keeps 5 idle connections per destination unless told otherwise; under more concurrent
     * requests every extra one would be a new TLS handshake. Must run before the first HTTP connection
     * of the JVM; an operator's own setting wins.
     */
    public static void keepEnoughConnections() {
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(KEPT_CONNECTIONS));
        }
    }

    static HttpReply post(URL url, byte[] body, String contentType, Duration connectTimeout,
                          Duration readTimeout, SSLSocketFactory tls, HostnameVerifier hostnames) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        if (tls != null && connection instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(tls);
            https.setHostnameVerifier(hostnames);
        }
        connection.setConnectTimeout(timeoutMillis(connectTimeout));
        connection.setReadTimeout(timeoutMillis(readTimeout));
        connection.setUseCaches(false);
        connection.setDoOutput(true);
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", contentType);
        try {
            connection.connect();
        } catch (IOException e) {
            throw new ConnectFailed(e);
        }
        try {
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            byte[] answer;
            if (in == null) {
                answer = new byte[0];
            } else {
                try (in) {
                    answer = in.readAllBytes();
                }
            }
            String type = connection.getContentType();
            return new HttpReply(status, type == null ? "" : type, answer);
        } catch (SocketTimeoutException e) {
            connection.disconnect();
            throw new AnswerTimedOut(e);
        }
    }

    private static int timeoutMillis(Duration timeout) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }
}
