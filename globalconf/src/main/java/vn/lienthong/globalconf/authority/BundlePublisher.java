package vn.lienthong.globalconf.authority;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.lienthong.globalconf.bundle.BundleDirectory;
import vn.lienthong.globalconf.bundle.BundleLayout;
import vn.lienthong.globalconf.bundle.BundleParts;
import vn.lienthong.globalconf.format.AtomicWrite;
import vn.lienthong.globalconf.format.Signatures;

/**
 * Writes a bundle into the published folder: the parts, the directory and its signature go to a hidden folder that
 * is then renamed to {@code <version>/}, and only then does {@code current} name the new version; older versions
 * beyond the last {@value #KEEP} are deleted.
 */
final class BundlePublisher {

    static final int KEEP = 10;

    private final Path published;

    BundlePublisher(Path published) {
        this.published = published;
    }

    /** The newest published version, or 0 if none. */
    long currentVersion() {
        Path current = published.resolve(BundleLayout.CURRENT);
        if (!Files.isRegularFile(current)) {
            return 0;
        }
        try {
            return Long.parseLong(Files.readString(current, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + current + ": " + e.getMessage(), e);
        }
    }

    PublishedBundle publish(BundleParts content, AuthoritySigningKey key, Instant now, Instant expiresAt) {
        long version = currentVersion() + 1;
        Map<String, byte[]> parts = content.encode();
        BundleDirectory directory = BundleDirectory.describing(content.registry().instance(), version, now, expiresAt,
                Signatures.algorithmFor(key.privateKey()), key.keyId(), parts);
        byte[] directoryBytes = directory.toBytes();
        Path staging = published.resolve(".staging-" + version);
        Path target = published.resolve(Long.toString(version));
        AtomicWrite.deleteTree(staging);
        AtomicWrite.deleteTree(target);
        parts.forEach((name, bytes) -> AtomicWrite.file(staging.resolve(name), bytes));
        AtomicWrite.file(staging.resolve(BundleLayout.DIRECTORY), directoryBytes);
        AtomicWrite.file(staging.resolve(BundleLayout.SIGNATURE), Signatures.sign(key.privateKey(), directoryBytes));
        AtomicWrite.rename(staging, target);
        AtomicWrite.file(published.resolve(BundleLayout.CURRENT),
                Long.toString(version).getBytes(StandardCharsets.US_ASCII));
        prune(version);
        return new PublishedBundle(version, now, expiresAt, key.keyId(), target);
    }

    private void prune(long newest) {
        try (Stream<Path> entries = Files.list(published)) {
            List<Path> old = entries.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> Long.parseLong(p.getFileName().toString()) <= newest - KEEP)
                    .toList();
            old.forEach(AtomicWrite::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + published + ": " + e.getMessage(), e);
        }
    }
}
