package vn.lienthong.globalconf.authority;

import java.security.cert.X509Certificate;
import java.time.Instant;

/** A started rotation: the new key's certificate is published from now on and the key signs from {@code activatesAt}. */
public record KeyRotation(String newKeyId, X509Certificate newCertificate, Instant activatesAt) {
}
