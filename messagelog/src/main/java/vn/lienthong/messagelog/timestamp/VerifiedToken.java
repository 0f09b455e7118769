package vn.lienthong.messagelog.timestamp;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/** A token that verified: when it was made and by which TSA (its certificate path, TSA first). */
public record VerifiedToken(Instant genTime, X509Certificate tsaCertificate, List<X509Certificate> tsaPath) {

    public VerifiedToken {
        tsaPath = List.copyOf(tsaPath);
    }
}
