package vn.lienthong.globalconf.authority;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.conf.ConfException;
import vn.lienthong.globalconf.bundle.BundleParts;
import vn.lienthong.globalconf.bundle.ConfigurationAnchor;
import vn.lienthong.globalconf.format.AtomicWrite;
import vn.lienthong.globalconf.registry.Registry;

/**
 * The configuration authority of one instance: its registry, its signing keys, its inbox of management requests,
 * and the publication of signed bundles, all kept in one folder ({@link AuthorityFolder}). Safe for concurrent use
 * within one process; a folder must be used by one process at a time.
 */
public final class ConfigurationAuthority {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationAuthority.class);

    private final AuthorityFolder folder;
    private final Clock clock;
    private final RegistryStore store;
    private final SigningKeyRing keys;
    private final BundlePublisher publisher;
    private final ManagementRequests requests;
    private Registry registry;

    private ConfigurationAuthority(AuthorityFolder folder, Clock clock, Registry registry, SigningKeyRing keys) {
        this.folder = folder;
        this.clock = clock;
        this.store = new RegistryStore(folder.registry());
        this.keys = keys;
        this.publisher = new BundlePublisher(folder.published());
        this.registry = registry;
        this.requests = new ManagementRequests(folder.requests(), clock, new ManagementRequests.RegistryAccess() {
            @Override
            public Registry registry() {
                return ConfigurationAuthority.this.registry();
            }

            @Override
            public Registry update(UnaryOperator<Registry> edit) {
                return ConfigurationAuthority.this.update(edit);
            }
        });
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(new AuthorityFolder(dir).properties());
    }

    /** Creates an authority for {@code instance} in {@code dir} (empty or new) with a first signing key. */
    public static ConfigurationAuthority init(Path dir, String instance, char[] password, Clock clock) {
        AuthorityFolder folder = new AuthorityFolder(dir);
        if (exists(dir)) {
            throw new ConfException(dir + " already holds a configuration authority: open it, or choose an empty"
                    + " folder for a new one");
        }
        if (password.length < 12) {
            throw new ConfException("the signing key password has " + password.length + " characters: choose one"
                    + " of at least 12 (e.g. openssl rand -base64 24 > FILE)");
        }
        Registry registry = Registry.empty(instance);
        try {
            AtomicWrite.deleteTree(folder.keys());
            Files.createDirectories(folder.requests());
            Files.createDirectories(folder.published());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        SigningKeyRing keys = SigningKeyRing.create(folder.keys(), instance, password, clock.instant());
        new RegistryStore(folder.registry()).save(registry);
        AtomicWrite.file(folder.properties(), ("instance=" + instance + "\n").getBytes(StandardCharsets.UTF_8));
        return new ConfigurationAuthority(folder, clock, registry, keys);
    }

    public static ConfigurationAuthority open(Path dir, char[] password, Clock clock) {
        AuthorityFolder folder = new AuthorityFolder(dir);
        if (!exists(dir)) {
            throw new ConfException(dir + " does not hold a configuration authority: create one with"
                    + " 'lienthong confauth init --dir " + dir + " --instance VN'");
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(folder.properties(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder.properties() + ": " + e.getMessage(), e);
        }
        String instance = Objects.requireNonNull(p.getProperty("instance"), "instance");
        Registry registry = new RegistryStore(folder.registry()).load();
        return new ConfigurationAuthority(folder, clock, registry, SigningKeyRing.open(folder.keys(), instance, password));
    }

    public synchronized Registry registry() {
        return registry;
    }

    /** Applies {@code edit} to the registry and saves it; the change shows in the next published bundle. */
    public synchronized Registry update(UnaryOperator<Registry> edit) {
        Registry edited = edit.apply(registry);
        if (!edited.instance().equals(registry.instance())) {
            throw new ConfException("an edit may not change the instance (" + registry.instance() + ")");
        }
        store.save(edited);
        registry = edited;
        return edited;
    }

    /**
     * Publishes the registry as a new bundle, valid for the configured validity from now and signed by the active
     * key (which, during a rotation, may be promoted now).
     */
    public synchronized PublishedBundle publish() {
        Instant now = clock.instant();
        AuthoritySigningKey key = keys.signingKey(now);
        List<X509Certificate> verification = keys.verificationCertificates(now);
        Instant expires = now.plus(registry.settings().configurationValidity());
        PublishedBundle published = publisher.publish(new BundleParts(registry, verification), key, now, expires);
        LOG.debug("published global configuration version {} (expires {}, key {})", published.version(), expires,
                key.keyId());
        return published;
    }

    /** Starts a signing key rotation (see {@link SigningKeyRing}); the new key signs after {@code transition}. */
    public KeyRotation rotateSigningKey(Duration transition) {
        return keys.rotate(clock.instant(), transition);
    }

    public SigningKeyRing keys() {
        return keys;
    }

    public ManagementRequests requests() {
        return requests;
    }

    /** The folder {@link ConfigurationServer} serves: {@code current} and one sub-folder per version. */
    public Path publishedFolder() {
        return folder.published();
    }

    public Path directory() {
        return folder.root();
    }

    /** The anchor a security server needs to download from {@code downloadUrl}: the certificates published now. */
    public ConfigurationAnchor anchor(URI downloadUrl) {
        return new ConfigurationAnchor(registry().instance(), downloadUrl, keys.verificationCertificates(clock.instant()));
    }
}
