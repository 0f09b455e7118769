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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.IETFUtils;
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
 * records each certificate it issues, by serial number, in {@code issued/}. It revokes certificates with an
 * RFC 5280 reason ({@link #revoke}), signs CRLs ({@link #issueCrl}), and keeps the credentials of its own OCSP
 * responder and time-stamping authority ({@link #ocspResponderCredential}, {@link #timeStampingCredential}).
 *
 * <p>Instances are safe for concurrent use. A CA directory must be used by one process at a time.
 */
public final class CertificateAuthority {

    static final Duration ROOT_VALIDITY = Duration.ofDays(20 * 365 + 5);
    static final Duration INTERMEDIATE_VALIDITY = Duration.ofDays(10 * 365 + 2);
    /** Certificates start slightly in the past so that a relying party whose clock lags still accepts them. */
    static final Duration BACKDATING = Duration.ofMinutes(5);
    private static final String INTERMEDIATE_SUFFIX = " Intermediate CA";

    private final CaDirectory files;
    private final X509Certificate root;
    private final X509Certificate intermediate;
    private final IssuerKey issuer;
    private final SerialNumbers serials;
    private final IssuedCertificateIndex index;
    private final Clock clock;
    private final CrlIssuer crls;
    private final FileCounter timeStampSerials;
    private final DelegatedCredentials delegated;

    private CertificateAuthority(CaDirectory files, X509Certificate root, X509Certificate intermediate,
                                 IssuerKey issuer, SerialNumbers serials, IssuedCertificateIndex index, Clock clock) {
        this(files, root, intermediate, issuer, serials, index, clock, new CrlIssuer(files, intermediate, issuer),
                new FileCounter(files.timeStampSerial(), "time-stamp serial number", SerialNumbers.randomStart()));
    }

    private CertificateAuthority(CaDirectory files, X509Certificate root, X509Certificate intermediate,
                                 IssuerKey issuer, SerialNumbers serials, IssuedCertificateIndex index, Clock clock,
                                 CrlIssuer crls, FileCounter timeStampSerials) {
        this.files = files;
        this.root = root;
        this.intermediate = intermediate;
        this.issuer = issuer;
        this.serials = serials;
        this.index = index;
        this.clock = clock;
        this.crls = crls;
        this.timeStampSerials = timeStampSerials;
        this.delegated = new DelegatedCredentials(this, files);
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
                    serial.add(BigInteger.ONE), caName(name + INTERMEDIATE_SUFFIX), intermediateKey,
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

    /**
     * The index of the CA in {@code dir}, read without the CA's password (nothing secret is in it).
     *
     * @throws CertificateAuthorityException if {@code dir} holds no complete CA or its index is damaged
     */
    public static List<IssuedCertificate> readIndex(Path dir) {
        CaDirectory files = new CaDirectory(dir);
        if (!files.isComplete()) {
            throw new CertificateAuthorityException(dir + " does not hold a complete CA (no serial file, key store,"
                    + " root.pem or issued/): give the directory of a CA made with init");
        }
        try {
            return new IssuedCertificateIndex(files.issued()).list();
        } catch (IOException e) {
            throw new CertificateAuthorityException("could not read the index of issued certificates in "
                    + files.issued() + ": " + e.getMessage(), e);
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
                Objects.requireNonNull(clock, "clock"), crls, timeStampSerials);
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

    /**
     * Revokes the certificate with serial number {@code serialNumber} for {@code reason}, now (to the second),
     * and records it in the index. The revocation shows in the next CRL and in OCSP answers at once.
     *
     * @throws UnknownCertificateException         if this CA never issued that serial number
     * @throws CertificateAlreadyRevokedException if the certificate is revoked already
     * @throws IllegalArgumentException            for {@code certificateHold} and {@code removeFromCRL}, which
     *                                             are not revocations for good
     */
    public IssuedCertificate revoke(BigInteger serialNumber, RevocationReason reason) {
        Objects.requireNonNull(serialNumber, "serialNumber");
        if (!reason.isFinal()) {
            throw new IllegalArgumentException("this CA revokes for good and does not use reason " + reason
                    + ": revoke with one of " + RevocationReason.finalNames());
        }
        Revocation revocation = new Revocation(clock.instant().truncatedTo(ChronoUnit.SECONDS), reason);
        synchronized (serials) {
            try {
                return index.revoke(serialNumber, revocation);
            } catch (IOException e) {
                throw new CertificateAuthorityException("could not record the revocation of "
                        + IssuedCertificateIndex.hex(serialNumber) + " in " + files.issued() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** The index entry (type, status, revocation) of the certificate with serial number {@code serialNumber}. */
    public Optional<IssuedCertificate> lookUp(BigInteger serialNumber) {
        try {
            return index.find(serialNumber);
        } catch (IOException e) {
            throw new CertificateAuthorityException("could not read the index of issued certificates in "
                    + files.issued() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Signs a CRL of every certificate revoked so far, valid from now for {@code validity} (its nextUpdate),
     * with the next CRL number, and writes it to {@code crl/crl.der} and {@code crl/crl.pem}.
     */
    public IssuedCrl issueCrl(Duration validity) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant nextUpdate = now.plus(requirePositive(validity));
        synchronized (serials) {
            try {
                return crls.issue(index.list(), now, nextUpdate);
            } catch (IOException e) {
                throw new CertificateAuthorityException("could not issue a CRL in " + files.root() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * The delegated OCSP responder's key and chain (responder, intermediate, root), kept in
     * {@code ocsp/responder.p12} under {@code password}. Made on first use, and made anew when the stored one
     * is revoked, expires within 30 days, or was issued by another CA.
     *
     * @throws WrongCaPasswordException if {@code password} does not open the stored key store
     */
    public Pkcs12.KeyEntry ocspResponderCredential(char[] password) {
        requirePassword(password);
        return delegated.ensure(DelegatedCredentials.Role.OCSP_RESPONDER, password);
    }

    /**
     * The time-stamping authority's key and chain (TSA, intermediate, root), kept in {@code tsa/tsa.p12} under
     * {@code password}; made and renewed as {@link #ocspResponderCredential} is.
     *
     * @throws WrongCaPasswordException if {@code password} does not open the stored key store
     */
    public Pkcs12.KeyEntry timeStampingCredential(char[] password) {
        requirePassword(password);
        return delegated.ensure(DelegatedCredentials.Role.TIME_STAMPING, password);
    }

    /** {@code ocsp/responder.pem}: the delegated OCSP responder's certificate, once made. */
    public Path ocspResponderCertificatePem() {
        return files.ocspResponderPem();
    }

    /** {@code tsa/tsa.pem}: the time-stamping authority's certificate, once made. */
    public Path timeStampingCertificatePem() {
        return files.timeStampingPem();
    }

    /** Reserves the serial number of the next time-stamp token; persisted first, so never handed out twice. */
    public BigInteger nextTimeStampSerialNumber() {
        try {
            return timeStampSerials.next();
        } catch (IOException e) {
            throw new CertificateAuthorityException("could not reserve a time-stamp serial number in "
                    + files.timeStampSerial() + ": " + e.getMessage(), e);
        }
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

    /** The name the CA was created with (its intermediate's common name without " Intermediate CA"). */
    String name() {
        RDN[] commonNames = X500Name.getInstance(intermediate.getSubjectX500Principal().getEncoded())
                .getRDNs(BCStyle.CN);
        if (commonNames.length == 0) {
            return intermediate.getSubjectX500Principal().getName();
        }
        String value = IETFUtils.valueToString(commonNames[0].getFirst().getValue());
        return value.endsWith(INTERMEDIATE_SUFFIX) ? value.substring(0, value.length() - INTERMEDIATE_SUFFIX.length())
                : value;
    }

    Instant now() {
        return clock.instant();
    }

    X509Certificate issue(CertificateType type, X500Principal subject, SubjectPublicKeyInfo key,
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

    static X500Principal caName(String commonName) {
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
