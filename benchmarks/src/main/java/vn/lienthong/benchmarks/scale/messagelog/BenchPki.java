package vn.lienthong.benchmarks.scale.messagelog;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.certs.http.HttpEndpoint;
import vn.lienthong.certs.tsa.TimeStampAuthority;
import vn.lienthong.certs.tsa.TsaHttpServer;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.profile.CertificateProfile;
import vn.lienthong.messagelog.timestamp.HttpTimeStamper;
import vn.lienthong.messagelog.timestamp.TimeStampTokenVerifier;

/**
 * A throwaway federation CA (EC P-256) in a temporary directory, its RFC 3161 TSA served over HTTP on loopback, as the
 * security servers reach theirs, and one member's signing key certified by the CA.
 */
final class BenchPki implements AutoCloseable {

    private static final MemberId SIGNER = MemberId.parse("VN/GOV/MPS");

    private final CertificateAuthority ca;
    private final TsaHttpServer tsa;
    private final KeyPair signerKey;
    private final List<X509Certificate> signerChain;

    private BenchPki(CertificateAuthority ca, TsaHttpServer tsa, KeyPair signerKey, List<X509Certificate> signerChain) {
        this.ca = ca;
        this.tsa = tsa;
        this.signerKey = signerKey;
        this.signerChain = signerChain;
    }

    private static final char[] PASSWORD = "scale-benchmark-throwaway".toCharArray();

    /** A new CA in {@code directory}. */
    static BenchPki create(Path directory) {
        return start(CertificateAuthority.init(directory.resolve("ca"), "LienThong Scale Benchmark",
                KeyAlgorithm.EC_P256, PASSWORD));
    }

    /** The CA a kept run left in {@code directory}, so that its tokens still verify; a new signing key. */
    static BenchPki reopen(Path directory) {
        return start(CertificateAuthority.open(directory.resolve("ca"), PASSWORD));
    }

    private static BenchPki start(CertificateAuthority ca) {
        char[] password = PASSWORD;
        TimeStampAuthority authority = TimeStampAuthority.open(ca, password, TimeStampAuthority.DEFAULT_POLICY);
        TsaHttpServer server = TsaHttpServer.start(authority, HttpEndpoint.loopback(0));
        KeyPair key = KeyAlgorithm.EC_P256.generate();
        X509Certificate signer = ca.issueSigningCertificate(
                CertificationRequests.create(key, CertificateProfile.memberSubject(SIGNER)), SIGNER, Duration.ofDays(365));
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(signer);
        chain.addAll(ca.chain());
        return new BenchPki(ca, server, key, List.copyOf(chain));
    }

    HttpTimeStamper timeStamper() {
        return new HttpTimeStamper(tsa.uri(), Duration.ofSeconds(20), new TimeStampTokenVerifier(anchors()));
    }

    Set<TrustAnchor> anchors() {
        return Set.of(new TrustAnchor(ca.root(), null));
    }

    KeyPair signerKey() {
        return signerKey;
    }

    List<X509Certificate> signerChain() {
        return signerChain;
    }

    @Override
    public void close() {
        tsa.close();
    }
}
