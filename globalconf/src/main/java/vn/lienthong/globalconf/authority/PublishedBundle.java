package vn.lienthong.globalconf.authority;

import java.nio.file.Path;
import java.time.Instant;

/** A bundle the authority has published: its version, expiry, the key that signed it, and its folder. */
public record PublishedBundle(long version, Instant publishedAt, Instant expiresAt, String signingKeyId, Path folder) {
}
