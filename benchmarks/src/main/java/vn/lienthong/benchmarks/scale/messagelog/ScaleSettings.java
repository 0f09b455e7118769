package vn.lienthong.benchmarks.scale.messagelog;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.lienthong.messagelog.MessageLogSettings;

/** What one run does: the sizes, the population, the lookups, and the log's settings (production defaults). */
record ScaleSettings(List<Long> sizes, long citizens, long seed, int inFlight, int envelopes, int lookups, int warmUp,
                     long signatureRange, MessageLogSettings log, String commandLine) {

    String describe(double meanMessageBytes) {
        return String.format(Locale.ROOT, """
                - One security server's log in a PostgreSQL database of its own, grown in place to %s entries through \
                `MessageLog.appendAsync` (the call the proxies make), at most %,d records in flight; Flyway migrations \
                of the module; the writer's batches, chain and Merkle batches are the module's.
                - Time-stamping in interval mode as in production: every %d s, at most %,d entries per token, from \
                LienThong's own RFC 3161 TSA (`certs` TimeStampAuthority, EC P-256) over HTTP on loopback, through \
                `HttpTimeStamper`. Write batches of at most %d records. After the last append the benchmark asks for \
                stamping rounds (`stampNow`) until nothing waits.
                - Entries: request/response pairs of a client-side proxy (one query id, UUID, per pair), 10 clients, \
                4 services, 1-3 citizens per exchange from a population of %,d 12-digit identification numbers \
                (province, century/sex, birth year, 6 digits), 1 %% faults.
                - Messages: signed SOAP envelopes (WS-Security, ECDSA-SHA256 over Body and Timestamp, PKIPath of signer, \
                intermediate and root) from a pool of %,d requests and %,d responses signed once at start; requests \
                about 3 KB, responses 3-15 KB skewed to small; mean %,.0f bytes per entry. The envelopes' own query \
                ids are those of the pool, not the entry's (the log does not compare them).
                - Lookups, at each size: %,d warm-up then %,d measured, each for a query id or a citizen drawn \
                uniformly from all exchanges written so far; `LogSearch.citizen(pin)` and `LogSearch.search(queryId)` \
                with a new JDBC connection per lookup (`LogDatabase.fromUrl`), then again over a connection pool. `ANALYZE` runs before measuring.
                - Verification: `LogVerifier.verifyAll` over the whole log without the XML signatures (chain, digests, \
                entry hashes, inclusion proofs, every batch token, chain head); and `verifyRange` over the last %,d \
                entries with signatures and signer chains.
                """,
                sizes.stream().map(s -> String.format(Locale.ROOT, "%,d", s)).collect(Collectors.joining(", ")),
                inFlight, log.stampingInterval().toSeconds(), log.maxBatchEntries(), log.writeBatchSize(), citizens,
                envelopes, envelopes, meanMessageBytes, warmUp, lookups, signatureRange);
    }
}
