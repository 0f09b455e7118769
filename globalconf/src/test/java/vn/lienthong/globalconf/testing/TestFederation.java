package vn.lienthong.globalconf.testing;

import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.conf.global.MemberInfo;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.profile.CertificateProfile;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;
import vn.lienthong.globalconf.bundle.ConfigurationAnchor;
import vn.lienthong.globalconf.client.FolderBundleSource;
import vn.lienthong.globalconf.client.GlobalConfDownloader;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.registry.ApprovedCa;
import vn.lienthong.globalconf.request.ManagementRequest;
import vn.lienthong.globalconf.request.RequestDocument;
import vn.lienthong.globalconf.request.SignedManagementRequest;

/**
 * A small instance for tests: a CA (from the certs module), a configuration authority on a {@link MutableClock}
 * with that CA approved, members MPS (subsystem NPD, server SS-MPS) and MOJ (server SS-MOJ), and their keys.
 */
public final class TestFederation {

    public static final String INSTANCE = "VN";
    public static final char[] PASSWORD = "authority-password-123".toCharArray();
    public static final MemberId MPS = new MemberId(INSTANCE, "GOV", "MPS");
    public static final MemberId MOJ = new MemberId(INSTANCE, "GOV", "MOJ");
    public static final MemberId STRANGER = new MemberId(INSTANCE, "GOV", "NOBODY");
    public static final ClientId MPS_NPD = MPS.subsystem("NPD");
    public static final SecurityServerId SS_MPS = new SecurityServerId(MPS, "SS-MPS");
    public static final SecurityServerId SS_MOJ = new SecurityServerId(MOJ, "SS-MOJ");

    private final Path dir;
    private final MutableClock clock = new MutableClock();
    private final CertificateAuthority ca;
    private final ConfigurationAuthority authority;
    private final Map<MemberId, MemberKey> memberKeys = new HashMap<>();
    private final Map<SecurityServerId, X509Certificate> authCertificates = new HashMap<>();

    private TestFederation(Path dir) {
        this.dir = dir;
        this.ca = CertificateAuthority.init(dir.resolve("ca"), "Test", KeyAlgorithm.EC_P256, PASSWORD);
        this.authority = ConfigurationAuthority.init(dir.resolve("confauth"), INSTANCE, PASSWORD, clock);
        for (MemberId m : List.of(MPS, MOJ, STRANGER)) {
            KeyPair keys = KeyAlgorithm.EC_P256.generate();
            X509Certificate cert = ca.issueSigningCertificate(
                    CertificationRequests.create(keys, CertificateProfile.memberSubject(m)), m, Duration.ofDays(30));
            memberKeys.put(m, new MemberKey(keys.getPrivate(), List.of(cert, ca.intermediate())));
        }
        authority.update(r -> r
                .withApprovedCa(new ApprovedCa("Test CA", ca.root(), List.of(ca.intermediate()),
                        List.of(URI.create("http://127.0.0.1:8888/"))))
                .withMember(new MemberInfo(MPS, "Ministry of Public Security", Set.of("NPD"), memberKey(MPS).certificate()))
                .withMember(new MemberInfo(MOJ, "Ministry of Justice", Set.of("CIVIL"), memberKey(MOJ).certificate()))
                .withServer(new SecurityServerInfo(SS_MPS, "127.0.0.1", 5500,
                        Set.of(Certificates.sha256Hex(authCertificate(SS_MPS))), Set.of(MPS_NPD)))
                .withServer(new SecurityServerInfo(SS_MOJ, "127.0.0.1", 5501,
                        Set.of(Certificates.sha256Hex(authCertificate(SS_MOJ))), Set.of(MOJ.subsystem("CIVIL")))));
    }

    public static TestFederation create(Path dir) {
        return new TestFederation(dir);
    }

    public MutableClock clock() {
        return clock;
    }

    public ConfigurationAuthority authority() {
        return authority;
    }

    public CertificateAuthority ca() {
        return ca;
    }

    public MemberKey memberKey(MemberId member) {
        return memberKeys.get(member);
    }

    /** The (cached) authentication certificate the CA issued for {@code server}. */
    public X509Certificate authCertificate(SecurityServerId server) {
        return authCertificates.computeIfAbsent(server, s -> ca.issueAuthenticationCertificate(
                CertificationRequests.create(KeyAlgorithm.EC_P256.generate(), CertificateProfile.serverSubject(s)), s,
                Duration.ofDays(30)));
    }

    /** The anchor as the authority hands it out now (the URL is not used by folder downloads). */
    public ConfigurationAnchor anchor() {
        return authority.anchor(URI.create("http://127.0.0.1:1/globalconf/"));
    }

    /** A downloader reading the authority's published folder, on the test clock, caching in {@code state}. */
    public GlobalConfDownloader.Builder downloader(ConfigurationAnchor anchor, Path state) {
        return GlobalConfDownloader.builder(anchor).source(new FolderBundleSource(authority.publishedFolder()))
                .clock(clock).stateDirectory(state);
    }

    /** {@code request}, created now and signed with {@code signer}'s member key. */
    public SignedManagementRequest sign(ManagementRequest request, MemberId signer) {
        MemberKey key = memberKey(signer);
        return SignedManagementRequest.sign(new RequestDocument(request, clock.instant()), key.privateKey(), key.chain());
    }

    public Path dir() {
        return dir;
    }
}
