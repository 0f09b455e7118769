package vn.lienthong.certs.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import vn.lienthong.certs.keystore.KeyStorePasswordException;
import vn.lienthong.certs.keystore.Pkcs12;
import vn.lienthong.certs.pem.Pem;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.profile.CertificateProfile;

/**
 * The federation's certification authority: a self-signed root and one issuing intermediate (path length 0)
 * kept in a directory (see {@link CaDirectory} for the layout). It certifies member signing keys and security
 * server TLS keys from PKCS#10 requests, names every subject as {@link CertificateProfile} prescribes, and
 * records each certificate it issues, by serial number, in {@code issued/}.
 *
 * <p>Instances are safe for concurrent use. A CA directory must be used by one process at a time.
 */
public final class CertificateAuthority {

    static final Duration ROOT_VALIDITY = Duration.ofDays(20 * 365 + 5);
    static final Duration INTERMEDIATE_VALIDITY = Duration.ofDays(10 * 365 + 2);
    /** Certificates start slightly in the past so that a relying party whose clock lags still accepts them. */
    static final Duration BACKDATING = Duration.ofMinutes(5);

    private final CaDirectory files;
    private final X509Certificate root;
    private final X509Certificate intermediate;
    private final IssuerKey issuer;
    private final SerialNumbers serials;
    private final IssuedCertificateIndex index;
    private final Clock clock;

    private CertificateAuthority(CaDirectory files, X509Certificate root, X509Certificate intermediate,
                                 IssuerKey issuer, SerialNumbers serials, IssuedCertificateIndex index, Clock clock) {
        this.files = files;
        this.root = root;
        this.intermediate = intermediate;
        this.issuer = issuer;
        this.serials = serials;
        this.index = index;
        this.clock = clock;
    }

    /**
     * Creates a new CA in {@code dir} (created if missing): root "{@code <name> Root CA}" and intermediate
     * "{@code <name> Intermediate CA}" with {@code alg} keys, both key stores protected by {@code password}.
     * Refuses a directory that already holds CA files.
     */
    public static CertificateAuthority init(Path dir, String name, KeyAlgorithm alg, char[] password) {
        Objects.requireNonNull(alg, "alg");
        requirePassword(password);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a CA needs a name, such as 'LienThong Demo'");
        }
        CaDirectory files = new CaDirectory(dir);
        if (files.isComplete()) {
            throw new CertificateAuthorityException(dir + " already holds a CA: reopen it with"
                    + " CertificateAuthority.open, or choose an empty directory for a new one");
        }
        if (files.hasAnyCaFile()) {
            throw new CertificateAuthorityException(dir + " holds the files of an unfinished CA (an interrupted"
                    + " init, as there is no serial file): delete the directory and run init again");
        }
        try {
            Files.createDirectories(dir);
            Instant now = Instant.now();
            BigInteger serial = SerialNumbers.randomStart();

            KeyPair rootKeys = alg.generate();
            SubjectPublicKeyInfo rootKey = SubjectPublicKeyInfo.getInstance(rootKeys.getPublic().getEncoded());
            X500Principal rootName = caName(name + " Root CA");
            X509Certificate root = new IssuerKey(rootName, rootKeys.getPrivate()).certify(new IssuerKey.Request(
                    serial, rootName, rootKey, now.minus(BACKDATING), now.plus(ROOT_VALIDITY),
                    CertificateExtensions.root(rootKey)));

            KeyPair intermediateKeys = alg.generate();
            SubjectPublicKeyInfo intermediateKey =
                    SubjectPublicKeyInfo.getInstance(intermediateKeys.getPublic().getEncoded());
            X509Certificate intermediate = IssuerKey.of(root, rootKeys.getPrivate()).certify(new IssuerKey.Request(
                    serial.add(BigInteger.ONE), caName(name + " Intermediate CA"), intermediateKey,
                    now.minus(BACKDATING), now.plus(INTERMEDIATE_VALIDITY),
                    CertificateExtensions.intermediate(intermediateKey, root)));

            Pkcs12.write(files.rootKeyStore(), CaDirectory.ROOT_ALIAS,
                    new Pkcs12.KeyEntry(rootKeys.getPrivate(), List.of(root)), password);
            Pkcs12.write(files.intermediateKeyStore(), CaDirectory.INTERMEDIATE_ALIAS,
                    new Pkcs12.KeyEntry(intermediateKeys.getPrivate(), List.of(intermediate, root)), password);
            Pem.write(files.rootPem(), root);
            Pem.write(files.intermediatePem(), intermediate);
            Pem.writeChain(files.chainPem(), List.of(intermediate, root));
            IssuedCertificateIndex index = IssuedCertificateIndex.create(files.issued());
            SerialNumbers serials = SerialNumbers.create(files.serial(), serial.add(BigInteger.TWO));
            return new CertificateAuthority(files, root, intermediate,
                    IssuerKey.of(intermediate, intermediateKeys.getPrivate()), serials, index, Clock.systemUTC());
        } catch (IOException e) {
            throw new CertificateAuthorityException("could not create the CA in " + dir + ": " + e.getMessage()
                    + "; check that the directory is writable, delete it and run init again", e);
        }
    }

    /**
     * Reopens the CA in {@code dir}. Needs only the intermediate key store and {@code root.pem}; the root key
     * store may be kept offline.
     *
     * @throws WrongCaPasswordException if {@code password} does not open the intermediate key store
     */
    public static CertificateAuthority open(Path dir, char[] password) {
        requirePassword(password);
        CaDirectory files = new CaDirectory(dir);
        if (!files.isComplete()) {
            throw new CertificateAuthorityException(dir + " does not hold a complete CA (it needs "
                    + dir.relativize(files.intermediateKeyStore()) + ", root.pem, serial and issued/):"
                    + " create one with CertificateAuthority.init, or give the directory that holds it");
        }
        try {
            Pkcs12.KeyEntry entry = Pkcs12.read(files.intermediateKeyStore(), CaDirectory.INTERMEDIATE_ALIAS, password);
            X509Certificate root = Pem.read(files.rootPem());
            X509Certificate intermediate = entry.certificate();
            checkIssuedBy(intermediate, root, files);
            return new CertificateAuthority(files, root, intermediate, IssuerKey.of(intermediate, entry.privateKey()),
                    SerialNumbers.open(files.serial()), new IssuedCertificateIndex(files.issued()), Clock.systemUTC());
        } catch (KeyStorePasswordException e) {
            throw new WrongCaPasswordException(e.file(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new CertificateAuthorityException("could not open the CA in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code dir} holds a complete CA that {@link #open} can reopen. */
    public static boolean exists(Path dir) {
        return new CaDirectory(dir).isComplete();
    }

    /**
     * This CA, issuing certificates whose validity starts at {@code clock}'s time instead of now (it shares
     * serial numbers and index with this instance). Tests use it to obtain expired or not-yet-valid certificates.
     */
    public CertificateAuthority withClock(Clock clock) {
        return new CertificateAuthority(files, root, intermediate, issuer, serials, index,
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Certifies a member's signing key (also its key for receiving encrypted message bodies).
     *
     * @throws CertificateRequestRejectedException if the request is malformed, its signature does not verify,
     *                                             its key is not accepted, or its subject is not
     *                                             {@link CertificateProfile#memberSubject(MemberId)}
     */
    public X509Certificate issueSigningCertificate(byte[] pkcs10Der, MemberId member, Duration validity) {
        SubjectPublicKeyInfo key = CertificationRequestPolicy.accept(pkcs10Der,
                CertificateProfile.memberSubject(member), "member " + member, "memberSubject(member)");
        return issue(CertificateType.SIGNING, CertificateProfile.memberSubject(member), key, validity,
                CertificateExtensions.memberSigning(key, intermediate));
    }

    /**
     * Certifies a security server's TLS key, for server and client authentication, with subject alternative
     * names 127.0.0.1 and localhost.
     *
     * @throws CertificateRequestRejectedException if the request is malformed, its signature does not verify,
     *                                             its key is not accepted, or its subject is not
     *                                             {@link CertificateProfile#serverSubject(SecurityServerId)}
     */
    public X509Certificate issueAuthenticationCertificate(byte[] pkcs10Der, SecurityServerId server,
                                                          Duration validity) {
        SubjectPublicKeyInfo key = CertificationRequestPolicy.accept(pkcs10Der,
                CertificateProfile.serverSubject(server), "security server " + server, "serverSubject(server)");
        return issue(CertificateType.AUTHENTICATION, CertificateProfile.serverSubject(server), key, validity,
                CertificateExtensions.serverAuthentication(key, intermediate));
    }

    /** The chain above every issued certificate: intermediate, then root. */
    public List<X509Certificate> chain() {
        return List.of(intermediate, root);
    }

    public X509Certificate root() {
        return root;
    }

    public X509Certificate intermediate() {
        return intermediate;
    }

    public Path directory() {
        return files.root();
    }

    /** {@code root.pem}: the trust anchor relying parties configure. */
    public Path rootCertificatePem() {
        return files.rootPem();
    }

    /** {@code intermediate.pem}: the issuing CA, which relying parties need as an untrusted intermediate. */
    public Path intermediateCertificatePem() {
        return files.intermediatePem();
    }

    /** {@code chain.pem}: intermediate then root. */
    public Path chainPem() {
        return files.chainPem();
    }

    /** The index of issued certificates, in order of issue. */
    public List<IssuedCertificate> issuedCertificates() {
        try {
            return index.list();
        } catch (IOException e) {
            throw new CertificateAuthorityException("could not read the index of issued certificates in "
                    + files.issued() + ": " + e.getMessage(), e);
        }
    }

    /** A certificate this CA issued, by serial number. */
    public Optional<X509Certificate> issuedCertificate(BigInteger serialNumber) {
        try {
            return index.certificate(serialNumber);
        } catch (IOException | IllegalArgumentException e) {
            throw new CertificateAuthorityException("could not read issued certificate "
                    + IssuedCertificateIndex.hex(serialNumber) + " in " + files.issued() + ": " + e.getMessage(), e);
        }
    }

    private X509Certificate issue(CertificateType type, X500Principal subject, SubjectPublicKeyInfo key,
                                  Duration validity, List<Extension> extensions) {
        Instant now = clock.instant();
        Instant notAfter = now.plus(requirePositive(validity));
        if (notAfter.isAfter(intermediate.getNotAfter().toInstant())) {
            throw new IllegalArgumentException("a validity of " + validity + " would outlast the intermediate CA,"
                    + " which expires at " + intermediate.getNotAfter().toInstant()
                    + ": ask for a validity ending before then");
        }
        // One issuance at a time per CA directory state, so that the serial and the index advance together.
        synchronized (serials) {
            try {
                BigInteger serial = serials.next();
                X509Certificate certificate = issuer.certify(new IssuerKey.Request(
                        serial, subject, key, now.minus(BACKDATING), notAfter, extensions));
                index.add(certificate, type);
                return certificate;
            } catch (IOException e) {
                throw new CertificateAuthorityException("could not record the certificate for " + subject + " in "
                        + files.root() + ": " + e.getMessage(), e);
            }
        }
    }

    private static void checkIssuedBy(X509Certificate intermediate, X509Certificate root, CaDirectory files) {
        try {
            intermediate.verify(root.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new CertificateAuthorityException(files.rootPem() + " is not the certificate that signed the"
                    + " intermediate in " + files.intermediateKeyStore() + ": restore root.pem from chain.pem", e);
        }
    }

    private static X500Principal caName(String commonName) {
        try {
            return new X500Principal(new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "VN")
                    .addRDN(BCStyle.CN, commonName)
                    .build().getEncoded());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode CA name '" + commonName + "'", e);
        }
    }

    private static Duration requirePositive(Duration validity) {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be a positive duration, got " + validity);
        }
        return validity;
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("the CA key stores need a non-empty password");
        }
    }
}
