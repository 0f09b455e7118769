package vn.lienthong.globalconf.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.conf.ConfException;
import vn.lienthong.globalconf.bundle.BundleLayout;
import vn.lienthong.globalconf.bundle.ConfigurationAnchor;
import vn.lienthong.globalconf.format.AtomicWrite;
import vn.lienthong.globalconf.format.Certificates;

/**
 * The server's copy of the last verified bundle, so that a restart without the authority still works until that
 * bundle expires. Layout of the state folder:
 *
 * <pre>
 * bundles/current, bundles/&lt;version&gt;/   the bundle, exactly as downloaded (re-verified when loaded)
 * trusted-keys.pem                     the verification certificates learned from that bundle
 * trusted-keys.anchor                  the fingerprint of the anchor they were learned under
 * </pre>
 *
 * The learned keys replace the anchor's (that is how a key rotation reaches the server) as long as the anchor is the
 * one they were learned under; installing a new anchor starts over from its certificates.
 */
final class LastGoodCopy {

    private static final Logger LOG = LoggerFactory.getLogger(LastGoodCopy.class);
    private static final String TRUSTED = "trusted-keys.pem";
    private static final String TRUSTED_ANCHOR = "trusted-keys.anchor";

    private final Path folder;

    LastGoodCopy(Path folder) {
        this.folder = folder;
    }

    Path bundles() {
        return folder.resolve("bundles");
    }

    /** The keys to verify the next bundle with: the learned ones if learned under this anchor, else the anchor's. */
    List<X509Certificate> trustedKeys(ConfigurationAnchor anchor) {
        Path keys = folder.resolve(TRUSTED);
        Path learnedUnder = folder.resolve(TRUSTED_ANCHOR);
        try {
            if (Files.isRegularFile(keys) && Files.isRegularFile(learnedUnder)
                    && Files.readString(learnedUnder, StandardCharsets.US_ASCII).strip().equals(anchor.fingerprint())) {
                return Certificates.parse(Files.readAllBytes(keys), keys.toString());
            }
        } catch (IOException | ConfException e) {
            LOG.warn("ignoring the learned configuration keys in {}: {}", keys, e.getMessage());
        }
        return anchor.verificationCertificates();
    }

    /** The cached bundle, re-verified (expired or not), if there is one that verifies. */
    Optional<VerifiedBundle> load(BundleVerifier verifier, List<X509Certificate> trusted, Instant now) {
        if (!Files.isRegularFile(bundles().resolve(BundleLayout.CURRENT))) {
            return Optional.empty();
        }
        FolderBundleSource source = new FolderBundleSource(bundles());
        try {
            return Optional.of(verifier.verify(source.latest(), trusted, now, 0, true, "cached bundle in " + bundles()));
        } catch (IOException | BundleRejectedException e) {
            LOG.warn("ignoring the cached global configuration: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Stores {@code bundle} and the keys it publishes, each step atomic, the bundle first. */
    void save(VerifiedBundle bundle, ConfigurationAnchor anchor) {
        long version = bundle.directory().version();
        Path target = bundles().resolve(Long.toString(version));
        if (!Files.isDirectory(target)) {
            Path staging = bundles().resolve(".staging-" + version);
            AtomicWrite.deleteTree(staging);
            bundle.filesToStore().forEach((name, bytes) -> AtomicWrite.file(staging.resolve(name), bytes));
            AtomicWrite.rename(staging, target);
        }
        AtomicWrite.file(bundles().resolve(BundleLayout.CURRENT),
                Long.toString(version).getBytes(StandardCharsets.US_ASCII));
        AtomicWrite.file(folder.resolve(TRUSTED),
                Certificates.pem(bundle.content().verificationCertificates()).getBytes(StandardCharsets.US_ASCII));
        AtomicWrite.file(folder.resolve(TRUSTED_ANCHOR), anchor.fingerprint().getBytes(StandardCharsets.US_ASCII));
        deleteOlderThan(version);
    }

    private void deleteOlderThan(long version) {
        try (Stream<Path> entries = Files.list(bundles())) {
            entries.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> Long.parseLong(p.getFileName().toString()) < version)
                    .toList()
                    .forEach(AtomicWrite::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + bundles() + ": " + e.getMessage(), e);
        }
    }
}
