package vn.lienthong.security.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The socket factory of an {@link SSLContext} that applies the same {@link SSLParameters} (protocols, no
 * host-name identification: peers are pinned by certificate) to every socket it makes, for clients such as
 * {@code HttpsURLConnection} that take a factory, not parameters. Keep one instance per peer: the JDK
 * reuses kept-alive connections only for the same factory.
 */
public final class ConfiguredSocketFactory extends SSLSocketFactory {

    private final SSLSocketFactory delegate;
    private final SSLParameters parameters;

    public ConfiguredSocketFactory(SSLContext context, SSLParameters parameters) {
        this.delegate = context.getSocketFactory();
        this.parameters = parameters;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
        return configured(delegate.createSocket());
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        return configured(delegate.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return configured(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return configured(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return configured(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return configured(delegate.createSocket(address, port, localAddress, localPort));
    }

    private Socket configured(Socket socket) {
        if (socket instanceof SSLSocket ssl) {
            ssl.setSSLParameters(parameters);
        }
        return socket;
    }
}
