package vn.lienthong.benchmarks.scale.messagelog;

import java.security.cert.TrustAnchor;
import java.time.Duration;
import java.util.Set;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.messagelog.verify.LogVerifier;
import vn.lienthong.messagelog.verify.VerificationReport;
import vn.lienthong.messagelog.verify.VerifyOptions;

/**
 * Times the module's {@link LogVerifier}: the whole log with chain, digests, entry hashes, inclusion proofs, tokens and
 * chain head; and a range with the messages' XML signatures and signer chains too. A report with findings fails the run.
 */
final class VerifyTimer {

    /** One verification: what it checked and how long it took. */
    record Timed(long entries, long batches, long signatures, Duration elapsed) {

        double entriesPerSecond() {
            return entries / (Math.max(1, elapsed.toMillis()) / 1000.0);
        }
    }

    private final LogDatabase database;
    private final String serverId;
    private final Set<TrustAnchor> anchors;

    VerifyTimer(LogDatabase database, String serverId, Set<TrustAnchor> anchors) {
        this.database = database;
        this.serverId = serverId;
        this.anchors = anchors;
    }

    Timed wholeLogWithoutSignatures() {
        long start = System.nanoTime();
        VerificationReport report = new LogVerifier(database, new VerifyOptions(anchors, Set.of(), false)).verifyAll(serverId);
        return timed(report, start);
    }

    Timed rangeWithSignatures(long from, long to) {
        long start = System.nanoTime();
        VerificationReport report = new LogVerifier(database, new VerifyOptions(anchors, anchors, true))
                .verifyRange(serverId, from, to);
        return timed(report, start);
    }

    private static Timed timed(VerificationReport report, long start) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (!report.ok() || report.unstamped() > 0) {
            throw new IllegalStateException("the log did not verify: " + report.summary() + " "
                    + report.firstBrokenLink().map(Object::toString).orElse(""));
        }
        return new Timed(report.entries(), report.batches(), report.signaturesVerified(), elapsed);
    }
}
