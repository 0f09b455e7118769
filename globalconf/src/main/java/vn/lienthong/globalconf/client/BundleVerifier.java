package vn.lienthong.globalconf.client;

import static vn.lienthong.globalconf.client.BundleRejectedException.Reason.BAD_SIGNATURE;
import static vn.lienthong.globalconf.client.BundleRejectedException.Reason.EXPIRED;
import static vn.lienthong.globalconf.client.BundleRejectedException.Reason.MALFORMED;
import static vn.lienthong.globalconf.client.BundleRejectedException.Reason.OLDER_VERSION;
import static vn.lienthong.globalconf.client.BundleRejectedException.Reason.PART_MISMATCH;
import static vn.lienthong.globalconf.client.BundleRejectedException.Reason.UNAVAILABLE;
import static vn.lienthong.globalconf.client.BundleRejectedException.Reason.UNKNOWN_SIGNER;
import static vn.lienthong.globalconf.client.BundleRejectedException.Reason.WRONG_INSTANCE;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lienthong.conf.ConfException;
import vn.lienthong.globalconf.bundle.BundleDirectory;
import vn.lienthong.globalconf.bundle.BundleLayout;
import vn.lienthong.globalconf.bundle.BundleParts;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.format.Sha256;
import vn.lienthong.globalconf.format.Signatures;

/**
 * Checks one bundle, in this order, and refuses it at the first failure ({@link BundleRejectedException}): the
 * directory parses; it names a signing key among the {@code trusted} certificates; its signature verifies with that
 * key and the algorithm that fits it; it is for this instance; its version is not older than the one in force; it
 * has not expired (unless {@code acceptExpired}, for reloading a server's own cache); every required part is there
 * and hashes as the directory says; the parts decode.
 */
public final class BundleVerifier {

    private final String instance;

    public BundleVerifier(String instance) {
        this.instance = instance;
    }

    public VerifiedBundle verify(BundleSource.BundleReader reader, List<X509Certificate> trusted, Instant now,
            long minimumVersion, boolean acceptExpired, String where) {
        Map<String, byte[]> files = new HashMap<>();
        byte[] directoryBytes = read(reader, BundleLayout.DIRECTORY, where, UNAVAILABLE);
        byte[] signature = read(reader, BundleLayout.SIGNATURE, where, UNAVAILABLE);
        files.put(BundleLayout.DIRECTORY, directoryBytes);
        files.put(BundleLayout.SIGNATURE, signature);
        BundleDirectory directory;
        try {
            directory = BundleDirectory.parse(directoryBytes);
        } catch (ConfException e) {
            throw new BundleRejectedException(MALFORMED, where + ": " + e.getMessage(), e);
        }
        Optional<X509Certificate> key = trusted.stream()
                .filter(c -> Certificates.sha256Hex(c).equals(directory.signingKeyId())).findFirst();
        if (key.isEmpty()) {
            throw new BundleRejectedException(UNKNOWN_SIGNER, where + ": version " + directory.version()
                    + " is signed by key " + directory.signingKeyId() + ", which this server does not trust: if the"
                    + " authority replaced its key, install its new configuration anchor");
        }
        if (!Signatures.verify(key.get().getPublicKey(), directory.signatureAlgorithm(), directoryBytes, signature)) {
            throw new BundleRejectedException(BAD_SIGNATURE, where + ": the signature of version "
                    + directory.version() + " does not verify: the directory was altered or damaged in transit");
        }
        if (!directory.instance().equals(instance)) {
            throw new BundleRejectedException(WRONG_INSTANCE, where + ": the bundle is for instance "
                    + directory.instance() + ", this server belongs to " + instance);
        }
        if (directory.version() < minimumVersion) {
            throw new BundleRejectedException(OLDER_VERSION, where + ": version " + directory.version()
                    + " is older than version " + minimumVersion + " in force: an old bundle was replayed");
        }
        if (!acceptExpired && !now.isBefore(directory.expiresAt())) {
            throw new BundleRejectedException(EXPIRED, where + ": version " + directory.version() + " expired at "
                    + directory.expiresAt() + ": the authority does not publish fresh configuration");
        }
        for (String name : BundleLayout.REQUIRED_PARTS) {
            BundleDirectory.Part part = directory.part(name).orElseThrow(() -> new BundleRejectedException(
                    PART_MISMATCH, where + ": version " + directory.version() + " lists no part " + name));
            byte[] bytes = read(reader, name, where, PART_MISMATCH);
            if (!sameHash(part.sha256(), bytes)) {
                throw new BundleRejectedException(PART_MISMATCH, where + ": part " + name + " of version "
                        + directory.version() + " does not match its signed hash: it was altered, or belongs to"
                        + " another version");
            }
            files.put(name, bytes);
        }
        try {
            return new VerifiedBundle(directory, files, BundleParts.decode(files, where + " version "
                    + directory.version()));
        } catch (ConfException e) {
            throw new BundleRejectedException(MALFORMED, e.getMessage(), e);
        }
    }

    private static boolean sameHash(String expectedHex, byte[] bytes) {
        return MessageDigest.isEqual(HexFormat.of().parseHex(expectedHex), HexFormat.of().parseHex(Sha256.hex(bytes)));
    }

    private static byte[] read(BundleSource.BundleReader reader, String name, String where,
            BundleRejectedException.Reason reason) {
        try {
            return reader.read(name);
        } catch (IOException e) {
            throw new BundleRejectedException(reason, where + ": cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
