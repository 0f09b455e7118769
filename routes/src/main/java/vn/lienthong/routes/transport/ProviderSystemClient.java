package vn.lienthong.routes.transport;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;

/**
 * Forwards plain SOAP to a provider information system and waits at most the service's timeout, over kept-alive
 * connections (Apache HttpClient 5, on the calling worker's thread).
 *
 * <p>A provider's service need not be idempotent, so a request is never sent to it twice: automatic retries are off.
 * A kept connection that has been idle for {@link #DEFAULT_VALIDATE_AFTER_IDLE} or longer is checked before it
 * carries a request (a read with a 1 ms timeout that sees whether the provider closed it meanwhile); one in use
 * moments ago is not. The JDK's {@code HttpURLConnection} made that check, with its 1 ms wait, before every request
 * over a kept connection. Thread-safe; {@link #close} closes the kept connections.
 */
public final class ProviderSystemClient implements AutoCloseable {

    /** Idle time after which a kept connection is checked before reuse; servers close idle ones after seconds. */
    static final Duration DEFAULT_VALIDATE_AFTER_IDLE = Duration.ofSeconds(1);

    /** Kept connections unused this long are closed. */
    private static final TimeValue CLOSE_IDLE_AFTER = TimeValue.ofSeconds(30);

    /** In effect no limit: the server's workers bound the number of concurrent calls. */
    private static final int MAX_CONNECTIONS_PER_PROVIDER = 1024;

    private final Duration connectTimeout;
    private final CloseableHttpClient client;

    public ProviderSystemClient(Duration connectTimeout) {
        this(connectTimeout, DEFAULT_VALIDATE_AFTER_IDLE);
    }

    ProviderSystemClient(Duration connectTimeout, Duration validateAfterIdle) {
        this.connectTimeout = connectTimeout;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(new DefaultClientTlsStrategy(defaultTls()))
                        .setMaxConnPerRoute(MAX_CONNECTIONS_PER_PROVIDER)
                        .setMaxConnTotal(4 * MAX_CONNECTIONS_PER_PROVIDER)
                        .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setValidateAfterInactivity(TimeValue.of(validateAfterIdle))
                                .build())
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .disableConnectionState()
                .setUserAgent("LienThong security server")
                .evictIdleConnections(CLOSE_IDLE_AFTER)
                .build();
    }

    public HttpReply send(URI url, byte[] body, String contentType, String soapAction, Duration timeout) {
        if (url.getHost() == null || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_UNREACHABLE,
                    "the provider information system's address " + url + " is not a usable URL");
        }
        HttpPost post = new HttpPost(url);
        post.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(timeout))
                .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                .build());
        post.setHeader("Content-Type", contentType);
        if (soapAction != null) {
            post.setHeader("SOAPAction", soapAction);
        }
        post.setEntity(new ByteArrayEntity(body, null));
        try {
            return client.execute(post, response -> {
                HttpEntity entity = response.getEntity();
                byte[] answer = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
                Header type = response.getFirstHeader("Content-Type");
                return new HttpReply(response.getCode(), type == null ? "" : type.getValue(), answer);
            });
        } catch (ConnectTimeoutException | HttpHostConnectException | UnknownHostException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_UNREACHABLE,
                    "the provider information system at " + url + " cannot be reached");
        } catch (ConnectionRequestTimeoutException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_UNREACHABLE,
                    "no connection to the provider information system at " + url + " became free within "
                            + connectTimeout.toMillis() + " ms");
        } catch (SocketTimeoutException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_TIMEOUT,
                    "the provider information system did not answer within " + timeout.toMillis() + " ms");
        } catch (SSLException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_UNREACHABLE,
                    "the TLS connection to the provider information system at " + url + " failed: " + e.getMessage());
        } catch (IOException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.SERVICE_UNREACHABLE,
                    "the exchange with the provider information system failed: " + e.getMessage());
        }
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no default TLS context", e);
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
