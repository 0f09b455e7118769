package vn.lienthong.globalconf.bundle;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.lienthong.conf.ConfException;
import vn.lienthong.globalconf.format.Sha256;

/**
 * The signed table of contents of one bundle. Its bytes are UTF-8 text, one {@code key: value} per line, in this
 * order:
 *
 * <pre>
 * lienthong-globalconf-directory: 1
 * instance: VN
 * version: 42
 * published: 2025-03-01T08:00:00Z
 * expires: 2025-03-01T08:10:00Z
 * signature-algorithm: SHA256withECDSA
 * signing-key: &lt;SHA-256 hex of the signing certificate&gt;
 * part: federation.xml &lt;SHA-256 hex&gt;
 * part: settings.xml &lt;SHA-256 hex&gt;
 * part: verification-certificates.pem &lt;SHA-256 hex&gt;
 * </pre>
 *
 * The signature algorithm and key are inside the signed bytes, so neither can be swapped after signing.
 */
public record BundleDirectory(String instance, long version, Instant publishedAt, Instant expiresAt,
        String signatureAlgorithm, String signingKeyId, List<Part> parts) {

    private static final String HEADER = "lienthong-globalconf-directory: 1";
    private static final List<String> KEYS = List.of("instance", "version", "published", "expires",
            "signature-algorithm", "signing-key");

    /** One part: its file name and the SHA-256 (lowercase hex) of its bytes. */
    public record Part(String name, String sha256) {
        public Part {
            if (!BundleLayout.isSafeFileName(name)) {
                throw new ConfException("bad part name '" + name + "'");
            }
            if (!Sha256.isHex(sha256)) {
                throw new ConfException("part " + name + " has no SHA-256 hex digest");
            }
        }
    }

    public BundleDirectory {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        parts = List.copyOf(parts);
        Set<String> names = new HashSet<>();
        for (Part p : parts) {
            if (!names.add(p.name())) {
                throw new ConfException("part " + p.name() + " is listed twice");
            }
        }
        if (version < 1) {
            throw new ConfException("version must be positive, got " + version);
        }
    }

    /** The directory of {@code parts}, hashing each. */
    public static BundleDirectory describing(String instance, long version, Instant publishedAt, Instant expiresAt,
            String signatureAlgorithm, String signingKeyId, Map<String, byte[]> parts) {
        List<Part> list = new ArrayList<>();
        parts.forEach((name, bytes) -> list.add(new Part(name, Sha256.hex(bytes))));
        return new BundleDirectory(instance, version, publishedAt, expiresAt, signatureAlgorithm, signingKeyId, list);
    }

    public Optional<Part> part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public byte[] toBytes() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append("instance: ").append(instance).append('\n');
        out.append("version: ").append(version).append('\n');
        out.append("published: ").append(publishedAt).append('\n');
        out.append("expires: ").append(expiresAt).append('\n');
        out.append("signature-algorithm: ").append(signatureAlgorithm).append('\n');
        out.append("signing-key: ").append(signingKeyId).append('\n');
        for (Part p : parts) {
            out.append("part: ").append(p.name()).append(' ').append(p.sha256()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses directory bytes strictly; anything unexpected is a {@link ConfException}. */
    public static BundleDirectory parse(byte[] bytes) {
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new ConfException("not a global configuration directory (first line is not '" + HEADER + "')");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<Part> parts = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new ConfException("directory line '" + line + "' is not 'key: value'");
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2);
            if (key.equals("part")) {
                String[] p = value.split(" ");
                if (p.length != 2) {
                    throw new ConfException("directory line '" + line + "' is not 'part: NAME SHA256'");
                }
                parts.add(new Part(p[0], p[1]));
            } else if (!KEYS.contains(key) || values.put(key, value) != null) {
                throw new ConfException("directory has an unknown or repeated key '" + key + "'");
            }
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw new ConfException("directory has no '" + key + "'");
            }
        }
        try {
            return new BundleDirectory(values.get("instance"), Long.parseLong(values.get("version")),
                    Instant.parse(values.get("published")), Instant.parse(values.get("expires")),
                    values.get("signature-algorithm"), values.get("signing-key"), parts);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ConfException("directory has a malformed version or time: " + e.getMessage(), e);
        }
    }
}
