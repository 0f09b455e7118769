package vn.lienthong.launcher.demo;

import static vn.lienthong.launcher.demo.DemoFederationSpec.HEALTH_GROUP;
import static vn.lienthong.launcher.demo.DemoFederationSpec.MEDICAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.MOH;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MOH;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SS_MPS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.csr.CertificationRequests;
import vn.lienthong.certs.keystore.Pkcs12;
import vn.lienthong.conf.global.GlobalConf;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.profile.CertificateProfile;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;
import vn.lienthong.globalconf.request.ManagementRequest;
import vn.lienthong.globalconf.request.ManagementRequestClient;
import vn.lienthong.globalconf.request.RegisterAuthCertificate;
import vn.lienthong.globalconf.request.RegisterSubsystem;
import vn.lienthong.globalconf.request.RequestDocument;
import vn.lienthong.globalconf.request.SignedManagementRequest;
import vn.lienthong.routes.server.SecurityServer;

/**
 * A new agency joins the running federation, end to end: the Ministry of Health makes its keys and CSRs,
 * the CA issues its member signing and server authentication certificates, the member signs its
 * registration requests, the configuration authority's administrator approves them (and puts the
 * medical database in the {@value DemoFederationSpec#HEALTH_GROUP} group), the new security server starts
 * from its own configuration folder, and its first message reaches the NPD. Each step is a transcript line.
 */
public final class DemoNewAgency {

    private final DemoFederation federation;
    private final List<DemoSmoke.Step> steps = new ArrayList<>();

    public DemoNewAgency(DemoFederation federation) {
        this.federation = federation;
    }

    /** Runs the joining steps (skipping those done in an earlier run of the same workspace). */
    public List<DemoSmoke.Step> join() throws IOException, InterruptedException {
        DemoWorkspace workspace = federation.workspace();
        Path dir = workspace.root().resolve("servers").resolve(DemoFederationSpec.folderOf(SS_MOH));
        ConfigurationAuthority authority = federation.authority().authority();
        char[] password = workspace.pki().readPassword();
        if (authority.registry().server(SS_MOH).isEmpty()) {
            register(workspace, dir, authority, password);
        } else {
            step("MOH officer", "keys, certificates, registration of " + SS_MOH, "already registered (earlier run)", 0, true);
        }
        CountDownLatch npdKnowsIt = whenServerKnows(federation.server(SS_MPS), SS_MOH);
        long started = System.nanoTime();
        SecurityServer server = SecurityServer.start(dir, Clock.systemUTC());
        federation.adopt(SS_MOH, server);
        step("MOH operator", "lienthong server --config " + workspace.root().relativize(dir), "SS-MOH serving", millis(started), true);
        long waited = System.nanoTime();
        boolean known = npdKnowsIt.await(30, TimeUnit.SECONDS);
        step("SS-MPS", "download of the global configuration naming SS-MOH", known ? "in force" : "not in 30 s",
                millis(waited), known);
        return steps;
    }

    private void register(DemoWorkspace workspace, Path dir, ConfigurationAuthority authority, char[] password)
            throws IOException, InterruptedException {
        long t = System.nanoTime();
        KeyPair signingKeys = KeyAlgorithm.RSA_2048.generate();
        KeyPair authKeys = KeyAlgorithm.RSA_2048.generate();
        byte[] signingCsr = CertificationRequests.create(signingKeys, CertificateProfile.memberSubject(MOH));
        byte[] authCsr = CertificationRequests.create(authKeys, CertificateProfile.serverSubject(SS_MOH));
        step("MOH officer", "generate signing and authentication keys, make CSRs", "2 CSRs", millis(t), true);

        t = System.nanoTime();
        CertificateAuthority ca = CertificateAuthority.open(workspace.pki().caDirectory(), password);
        X509Certificate signing = ca.issueSigningCertificate(signingCsr, MOH, Duration.ofDays(365));
        X509Certificate auth = ca.issueAuthenticationCertificate(authCsr, SS_MOH, Duration.ofDays(365));
        List<X509Certificate> chain = ca.chain();
        Files.createDirectories(dir);
        Pkcs12.write(dir.resolve("moh-signing.p12"), "signing", new Pkcs12.KeyEntry(signingKeys.getPrivate(),
                with(signing, chain)), password);
        Pkcs12.write(dir.resolve("ss-moh-auth.p12"), "auth", new Pkcs12.KeyEntry(authKeys.getPrivate(),
                with(auth, chain)), password);
        step("Security officer", "CA issues the member and server certificates", "serials " + signing.getSerialNumber()
                .toString(16) + ", " + auth.getSerialNumber().toString(16), millis(t), true);

        t = System.nanoTime();
        ManagementRequestClient client = new ManagementRequestClient(federation.authority().managementRequestUrl());
        long authRequest = client.submit(signed(new RegisterAuthCertificate(MOH, SS_MOH, "127.0.0.1",
                workspace.ports().healthServerProxy(), auth), Instant.now(), signingKeys, signing, chain));
        authority.requests().approve(authRequest);
        long subsystemRequest = client.submit(signed(new RegisterSubsystem(MOH, SS_MOH, MEDICAL), Instant.now(),
                signingKeys, signing, chain));
        authority.requests().approve(subsystemRequest);
        step("MOH officer / administrator", "signed requests: register SS-MOH's auth certificate, then MOH/MEDICAL on it",
                "#" + authRequest + " and #" + subsystemRequest + " approved", millis(t), true);

        t = System.nanoTime();
        authority.update(r -> {
            Set<ClientId> health = new HashSet<>(r.groups().getOrDefault(HEALTH_GROUP, Set.of()));
            health.add(MEDICAL);
            return r.withGroup(HEALTH_GROUP, health);
        });
        long version = authority.publish().version();
        step("Authority administrator", "add MOH/MEDICAL to " + HEALTH_GROUP + ", publish",
                "global configuration v" + version, millis(t), true);

        authority.anchor(DemoAuthority.downloadUrl(workspace)).write(dir.resolve("anchor.xml"));
        writeConfiguration(workspace, dir);
    }

    private static SignedManagementRequest signed(ManagementRequest request, Instant now, KeyPair keys,
            X509Certificate signing, List<X509Certificate> chain) {
        return SignedManagementRequest.sign(new RequestDocument(request, now), keys.getPrivate(), with(signing, chain));
    }

    private static List<X509Certificate> with(X509Certificate leaf, List<X509Certificate> chain) {
        List<X509Certificate> all = new ArrayList<>();
        all.add(leaf);
        all.addAll(chain);
        return all;
    }

    private static void writeConfiguration(DemoWorkspace workspace, Path dir) {
        DemoPorts ports = workspace.ports();
        String properties = String.join("\n",
                "# Security server " + SS_MOH + ", which joined the demo federation at run time.",
                "lienthong.server.id=" + SS_MOH,
                "lienthong.globalconf.anchor=anchor.xml",
                "lienthong.bind.host=127.0.0.1",
                "lienthong.client-proxy.port=" + ports.healthClientProxy(),
                "lienthong.server-proxy.port=" + ports.healthServerProxy(),
                "lienthong.keys.password-file=" + dir.relativize(workspace.pkiDirectory().resolve("secrets/keystore-password")),
                "lienthong.keys.auth=ss-moh-auth.p12",
                "lienthong.keys.signing." + MOH + "=moh-signing.p12",
                "lienthong.database.url=jdbc:h2:file:" + dir.resolve("data/securityserver"),
                "lienthong.messagelog.tsa.url=http://127.0.0.1:" + ports.timeStampingAuthority() + "/",
                "lienthong.messagelog.stamping-interval-seconds=5",
                "lienthong.ocsp.freshness-seconds=60") + "\n";
        try {
            Files.writeString(dir.resolve("server.properties"), properties, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("services.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<services>\n</services>\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the configuration of " + SS_MOH, e);
        }
    }

    /** Counts down once the server's global configuration registers {@code server} (now or after a download). */
    private static CountDownLatch whenServerKnows(SecurityServer observer, vn.lienthong.conf.identifier.SecurityServerId server) {
        CountDownLatch latch = new CountDownLatch(1);
        observer.globalConf().addListener(conf -> countIfKnown(conf, server, latch));
        countIfKnown(observer.globalConf().current(), server, latch);
        return latch;
    }

    private static void countIfKnown(GlobalConf conf, vn.lienthong.conf.identifier.SecurityServerId server, CountDownLatch latch) {
        if (conf.securityServers().stream().anyMatch(s -> s.id().equals(server))) {
            latch.countDown();
        }
    }

    private void step(String who, String asks, String outcome, long millis, boolean passed) {
        steps.add(new DemoSmoke.Step(who, asks, outcome, outcome, millis, passed));
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
