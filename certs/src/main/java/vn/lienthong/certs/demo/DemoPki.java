package vn.lienthong.certs.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.certs.ca.CertificateAuthority;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.profile.CertificateProfile;

/**
 * The demo federation's whole PKI in one directory, created on the first run and reused afterwards.
 *
 * <pre>
 * secrets/keystore-password                      32 URL-safe random characters, mode 600; opens every .p12 here
 * ca/                                            the CA (root.pem, intermediate.pem, chain.pem, key stores, issued/,
 *                                                ocsp/responder.p12 + .pem, tsa/tsa.p12 + .pem; see CertificateAuthority)
 * members/INSTANCE_CLASS_CODE.p12, .pem          alias "signing": key + chain leaf, intermediate, root
 * servers/INSTANCE_CLASS_MEMBER_SERVERCODE.p12, .pem  alias "auth": key + chain leaf, intermediate, root
 * </pre>
 *
 * <p>A later run reuses every key store that still holds a valid certificate of the same CA, and issues only
 * what is missing (a member or server added to the lists, a deleted or expired key store).
 */
public final class DemoPki {

    public static final String CA_NAME = "LienThong Demo";
    public static final String SIGNING_ALIAS = "signing";
    public static final String AUTH_ALIAS = "auth";
    static final Duration VALIDITY = Duration.ofDays(2 * 365);

    private static final Logger LOG = LoggerFactory.getLogger(DemoPki.class);

    private DemoPki() {
    }

    /**
     * Creates or reuses the demo PKI in {@code dir}; {@code alg} applies to keys created by this run.
     * Runs over one directory are serialised, also across processes.
     */
    public static synchronized DemoPkiResult generate(Path dir, List<MemberId> members,
                                                      List<SecurityServerId> servers, KeyAlgorithm alg) {
        DemoPkiLayout layout = new DemoPkiLayout(dir.toAbsolutePath());
        requireDistinctFileNames(members, servers);
        try {
            Files.createDirectories(layout.dir());
            try (FileChannel lockChannel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = lockChannel.lock();
                try {
                    return generateLocked(layout, members, servers, alg);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the demo PKI in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static DemoPkiResult generateLocked(DemoPkiLayout layout, List<MemberId> members,
                                                List<SecurityServerId> servers, KeyAlgorithm alg) throws IOException {
        char[] password = password(layout);
        CertificateAuthority ca;
        if (CertificateAuthority.exists(layout.caDirectory())) {
            ca = CertificateAuthority.open(layout.caDirectory(), password);
        } else {
            ca = CertificateAuthority.init(layout.caDirectory(), CA_NAME, alg, password);
            LOG.info("Created the demo CA in {}", layout.caDirectory());
        }
        PartyCredentials credentials = new PartyCredentials(ca, alg, password);

        Map<MemberId, DemoPkiResult.Party> memberParties = new LinkedHashMap<>();
        for (MemberId member : new LinkedHashSet<>(members)) {
            memberParties.put(member, credentials.ensure(new PartyCredentials.Spec("member " + member,
                    layout.memberKeystore(member), layout.memberCertificatePem(member), SIGNING_ALIAS,
                    CertificateProfile.memberSubject(member),
                    csr -> ca.issueSigningCertificate(csr, member, VALIDITY))));
        }
        Map<SecurityServerId, DemoPkiResult.Party> serverParties = new LinkedHashMap<>();
        for (SecurityServerId server : new LinkedHashSet<>(servers)) {
            serverParties.put(server, credentials.ensure(new PartyCredentials.Spec("security server " + server,
                    layout.serverKeystore(server), layout.serverCertificatePem(server), AUTH_ALIAS,
                    CertificateProfile.serverSubject(server),
                    csr -> ca.issueAuthenticationCertificate(csr, server, VALIDITY))));
        }
        // The CA's own OCSP responder and TSA certificates, so that startCaServices finds them ready.
        ca.ocspResponderCredential(password);
        ca.timeStampingCredential(password);
        return new DemoPkiResult(layout.dir(), layout.passwordFile(), ca.directory(), ca.rootCertificatePem(),
                ca.intermediateCertificatePem(), memberParties, serverParties, ca.ocspResponderCertificatePem(),
                ca.timeStampingCertificatePem());
    }

    private static char[] password(DemoPkiLayout layout) throws IOException {
        Path file = layout.passwordFile();
        if (Files.exists(file)) {
            return KeystorePassword.read(file);
        }
        if (Files.exists(layout.caDirectory())) {
            throw new IOException(layout.caDirectory() + " exists but the key store password file " + file
                    + " does not: restore the password file, or delete " + layout.dir()
                    + " to generate a new demo PKI");
        }
        return KeystorePassword.create(file);
    }

    /** Identifier parts may contain '_', so two identifiers could map to one file name; refuse that. */
    private static void requireDistinctFileNames(List<MemberId> members, List<SecurityServerId> servers) {
        Map<String, Object> byName = new HashMap<>();
        for (MemberId member : members) {
            requireUnclaimed(byName, DemoPkiLayout.fileName(member), member);
        }
        byName.clear();
        for (SecurityServerId server : servers) {
            requireUnclaimed(byName, DemoPkiLayout.fileName(server), server);
        }
    }

    private static void requireUnclaimed(Map<String, Object> byName, String fileName, Object party) {
        Object previous = byName.putIfAbsent(fileName, party);
        if (previous != null && !previous.equals(party)) {
            throw new IllegalArgumentException(previous + " and " + party + " would share the file name '"
                    + fileName + "': rename one of them (the demo PKI joins identifier parts with '_')");
        }
    }
}
