package vn.lienthong.certs.services;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Objects;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ocsp.OcspHttpServer;
import vn.lienthong.certs.ocsp.OcspResponder;
import vn.lienthong.certs.tsa.TimeStampAuthority;
import vn.lienthong.certs.tsa.TsaHttpServer;

/**
 * The online services of one CA, running together: its OCSP responder and its time-stamping authority, each on
 * its own HTTP port. The responder and TSA certificates are made on first start and kept in the CA directory.
 */
public final class CaServices implements AutoCloseable {

    /**
     * Where and how to serve.
     *
     * @param bindAddress the address both services listen on (loopback by default)
     * @param ocspPort    the OCSP responder's port; 0 picks a free one
     * @param tsaPort     the TSA's port; 0 picks a free one
     * @param tsaPolicy   the TSA policy OID, dotted
     */
    public record Settings(InetAddress bindAddress, int ocspPort, int tsaPort, String tsaPolicy) {

        public Settings {
            Objects.requireNonNull(bindAddress, "bindAddress");
            Objects.requireNonNull(tsaPolicy, "tsaPolicy");
            requirePort("OCSP", ocspPort);
            requirePort("TSA", tsaPort);
        }

        /** Both services on loopback with the default TSA policy. */
        public static Settings loopback(int ocspPort, int tsaPort) {
            return new Settings(InetAddress.getLoopbackAddress(), ocspPort, tsaPort, TimeStampAuthority.DEFAULT_POLICY);
        }

        private static void requirePort(String service, int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("the " + service + " port must be between 0 and 65535, got "
                        + port);
            }
        }
    }

    private final OcspResponder responder;
    private final OcspHttpServer ocsp;
    private final TimeStampAuthority tsa;
    private final TsaHttpServer tsaServer;

    private CaServices(OcspResponder responder, OcspHttpServer ocsp, TimeStampAuthority tsa, TsaHttpServer tsaServer) {
        this.responder = responder;
        this.ocsp = ocsp;
        this.tsa = tsa;
        this.tsaServer = tsaServer;
    }

    /**
     * Starts the OCSP responder and the TSA of {@code ca}; {@code password} protects their key stores (the CA's
     * own password).
     */
    public static CaServices start(CertificateAuthority ca, char[] password, Settings settings) {
        OcspResponder responder = OcspResponder.open(ca, password);
        TimeStampAuthority tsa = TimeStampAuthority.open(ca, password, settings.tsaPolicy());
        OcspHttpServer ocsp = OcspHttpServer.start(responder,
                new InetSocketAddress(settings.bindAddress(), settings.ocspPort()));
        try {
            return new CaServices(responder, ocsp, tsa, TsaHttpServer.start(tsa,
                    new InetSocketAddress(settings.bindAddress(), settings.tsaPort())));
        } catch (RuntimeException e) {
            ocsp.close();
            throw e;
        }
    }

    /** The OCSP responder's URL. */
    public URI ocspUri() {
        return ocsp.uri();
    }

    /** The TSA's URL. */
    public URI tsaUri() {
        return tsaServer.uri();
    }

    public X509Certificate ocspResponderCertificate() {
        return responder.certificate();
    }

    public X509Certificate timeStampingCertificate() {
        return tsa.certificate();
    }

    public String tsaPolicy() {
        return tsa.policy();
    }

    @Override
    public void close() {
        try {
            ocsp.close();
        } finally {
            tsaServer.close();
        }
    }
}
