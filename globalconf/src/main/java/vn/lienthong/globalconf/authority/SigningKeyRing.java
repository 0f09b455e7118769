package vn.lienthong.globalconf.authority;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import vn.lienthong.globalconf.format.AtomicWrite;
import vn.lienthong.globalconf.format.Certificates;

/**
 * The authority's configuration signing keys (EC P-256), kept in a folder: one PKCS#12 per key,
 * {@code <keyId>.p12}, and {@code ring.properties} naming the active key and, during a rotation, the next one.
 *
 * <h2>Rotation</h2>
 * A security server verifies a bundle with the certificates it trusts: at first those of its anchor; after every
 * bundle it verifies, those the bundle's {@code verification-certificates.pem} part lists (the part is covered by
 * the signature of a key the server already trusted). A rotation therefore runs in two steps:
 * <ol>
 *   <li>{@link #rotate}: a new key is made. Bundles are still signed with the <em>old</em> key, but list the
 *       certificates of both keys, so every server that downloads during the transition learns the new key from a
 *       bundle it can verify.</li>
 *   <li>At {@code activatesAt} (now + transition), the next publication promotes the new key: bundles are signed
 *       with it and list only its certificate. Servers verify them with the key they learned; the old key is no
 *       longer trusted once they have.</li>
 * </ol>
 * The transition must be at least one configuration validity, so that every server that is not already on expired
 * configuration downloads in it. A server that was offline for the whole transition needs the new anchor.
 */
public final class SigningKeyRing {

    static final String RING_FILE = "ring.properties";
    private static final String ALIAS = "signing";

    private final Path folder;
    private final char[] password;
    private final String instance;
    private AuthoritySigningKey active;
    private AuthoritySigningKey next;
    private Instant nextActivatesAt;

    private SigningKeyRing(Path folder, char[] password, String instance) {
        this.folder = folder;
        this.password = password.clone();
        this.instance = instance;
    }

    /** Creates the folder with a first, active key. */
    static SigningKeyRing create(Path folder, String instance, char[] password, Instant now) {
        SigningKeyRing ring = new SigningKeyRing(folder, password, instance);
        ring.active = ring.generate(now);
        ring.save();
        return ring;
    }

    static SigningKeyRing open(Path folder, String instance, char[] password) {
        Path file = folder.resolve(RING_FILE);
        if (!Files.isRegularFile(file)) {
            throw new AuthorityKeyException("no signing keys in " + folder + " (" + RING_FILE
                    + " is missing): give the folder made by 'lienthong confauth init'");
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        SigningKeyRing ring = new SigningKeyRing(folder, password, instance);
        ring.active = ring.load(p.getProperty("active"));
        if (p.getProperty("next") != null) {
            ring.next = ring.load(p.getProperty("next"));
            ring.nextActivatesAt = Instant.parse(p.getProperty("next.activates-at"));
        }
        return ring;
    }

    /** The key that signs a bundle published at {@code now} (promoting the next key if its time has come). */
    public synchronized AuthoritySigningKey signingKey(Instant now) {
        promoteIfDue(now);
        return active;
    }

    /** The certificates a bundle published at {@code now} lists: the active key's and, in a rotation, the next one's. */
    public synchronized List<X509Certificate> verificationCertificates(Instant now) {
        promoteIfDue(now);
        List<X509Certificate> result = new ArrayList<>();
        result.add(active.certificate());
        if (next != null) {
            result.add(next.certificate());
        }
        return result;
    }

    /** Starts a rotation: a new key, published from now on, signing from {@code now + transition}. */
    public synchronized KeyRotation rotate(Instant now, Duration transition) {
        promoteIfDue(now);
        if (next != null) {
            throw new AuthorityKeyException("a rotation is already under way: key " + next.keyId()
                    + " signs from " + nextActivatesAt + "; rotate again after that");
        }
        if (transition.isNegative()) {
            throw new IllegalArgumentException("the transition must not be negative");
        }
        next = generate(now);
        nextActivatesAt = now.plus(transition);
        save();
        return new KeyRotation(next.keyId(), next.certificate(), nextActivatesAt);
    }

    public synchronized Optional<KeyRotation> pendingRotation() {
        return next == null ? Optional.empty()
                : Optional.of(new KeyRotation(next.keyId(), next.certificate(), nextActivatesAt));
    }

    private void promoteIfDue(Instant now) {
        if (next != null && !now.isBefore(nextActivatesAt)) {
            active = next;
            next = null;
            nextActivatesAt = null;
            save();
        }
    }

    private AuthoritySigningKey generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            X509Certificate certificate = SelfSignedCertificates.create(keys,
                    instance + " configuration signing key " + now.getEpochSecond(), now);
            String keyId = Certificates.sha256Hex(certificate);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, keys.getPrivate(), password, new Certificate[] {certificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            AtomicWrite.secret(folder.resolve(keyId + ".p12"), out.toByteArray());
            return new AuthoritySigningKey(keyId, keys.getPrivate(), certificate);
        } catch (GeneralSecurityException | IOException e) {
            throw new AuthorityKeyException("cannot make a signing key in " + folder + ": " + e.getMessage(), e);
        }
    }

    private AuthoritySigningKey load(String keyId) {
        Path file = folder.resolve(keyId + ".p12");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(Files.readAllBytes(file)), password);
            X509Certificate certificate = (X509Certificate) store.getCertificate(ALIAS);
            return new AuthoritySigningKey(keyId, (PrivateKey) store.getKey(ALIAS, password), certificate);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new AuthorityKeyException("the password does not open the signing key " + file
                        + ": give the password used with 'lienthong confauth init'", e);
            }
            throw new AuthorityKeyException("cannot read the signing key " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new AuthorityKeyException("cannot read the signing key " + file + ": " + e.getMessage(), e);
        }
    }

    private void save() {
        Properties p = new Properties();
        p.setProperty("active", active.keyId());
        if (next != null) {
            p.setProperty("next", next.keyId());
            p.setProperty("next.activates-at", nextActivatesAt.toString());
        }
        StringWriter text = new StringWriter();
        try {
            p.store(text, "configuration signing keys: the active one signs; 'next' signs from next.activates-at");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicWrite.file(folder.resolve(RING_FILE), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
