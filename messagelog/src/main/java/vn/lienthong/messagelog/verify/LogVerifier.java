package vn.lienthong.messagelog.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import vn.lienthong.messagelog.LogEntry;
import vn.lienthong.messagelog.MessageLogException;
import vn.lienthong.messagelog.chain.EntryHashes;
import vn.lienthong.messagelog.chain.Sha256;
import vn.lienthong.messagelog.merkle.InclusionProof;
import vn.lienthong.messagelog.store.ArchiveRecord;
import vn.lienthong.messagelog.store.ArchiveStore;
import vn.lienthong.messagelog.store.BatchRecord;
import vn.lienthong.messagelog.store.BatchStore;
import vn.lienthong.messagelog.store.ChainHead;
import vn.lienthong.messagelog.store.EntryCursor;
import vn.lienthong.messagelog.store.EntryReader;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.messagelog.store.UnreadableEntryException;
import vn.lienthong.messagelog.timestamp.TimeStampTokenVerifier;

/**
 * Verifies a security server's log as stored: entry-number continuity, each entry's link to its predecessor, message
 * digest and entry hash, inclusion proof into its batch root, each batch's RFC 3161 token, the XML signature of each
 * message, and the chain head. Streams the entries, so any log size verifies in flat memory. Findings come in entry
 * order; the first one is the first broken link.
 */
public final class LogVerifier {

    private final LogDatabase database;
    private final VerifyOptions options;

    public LogVerifier(LogDatabase database, VerifyOptions options) {
        this.database = database;
        this.options = options;
    }

    /** Every stored entry of the server, and the chain head. */
    public VerificationReport verifyAll(String serverId) {
        try (Connection c = database.connect()) {
            Optional<ChainHead> head = EntryReader.head(c, serverId);
            if (head.isEmpty()) {
                VerificationReport empty = new VerificationReport();
                empty.note("the database holds no entries of " + serverId);
                return empty;
            }
            long first = EntryReader.firstStored(c, serverId).orElse(head.get().lastEntryNo() + 1);
            return verify(c, serverId, Math.max(1, first), head.get().lastEntryNo(), head);
        } catch (SQLException e) {
            throw new MessageLogException("cannot read the log in " + database + ": " + e.getMessage(), e);
        }
    }

    /** Entries {@code from..to} inclusive. */
    public VerificationReport verifyRange(String serverId, long from, long to) {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("entry range " + from + ".." + to + " is empty");
        }
        try (Connection c = database.connect()) {
            return verify(c, serverId, from, to, Optional.empty());
        } catch (SQLException e) {
            throw new MessageLogException("cannot read the log in " + database + ": " + e.getMessage(), e);
        }
    }

    private VerificationReport verify(Connection c, String serverId, long from, long to, Optional<ChainHead> head)
            throws SQLException {
        VerificationReport report = new VerificationReport();
        BatchTokens tokens = new BatchTokens(new TimeStampTokenVerifier(options.tsaAnchors()), report);
        MessageSignatures signatures = new MessageSignatures(options, report);
        BatchStore batches = new BatchStore(serverId);
        byte[] expectedPrevious = chainStart(c, serverId, from, report);
        long expectedNo = from;
        BatchRecord batch = null;
        try (EntryCursor cursor = EntryReader.range(c, serverId, from, to)) {
            while (cursor.next()) {
                long no = cursor.entryNumber();
                String where = "entry " + no;
                if (no != expectedNo) {
                    report.add(new Finding(Problem.MISSING_ENTRY, expectedNo, "entry " + expectedNo, missing(expectedNo, no)));
                    expectedPrevious = null;
                }
                LogEntry entry;
                try {
                    entry = cursor.entry();
                } catch (UnreadableEntryException e) {
                    report.add(new Finding(Problem.UNREADABLE_ENTRY, no, where, e.getMessage()));
                    expectedPrevious = null;
                    expectedNo = no + 1;
                    continue;
                }
                report.entryChecked();
                checkChain(entry, expectedPrevious, report, where);
                if (entry.stamped()) {
                    if (batch == null || batch.batchNo() != entry.batchNumber()) {
                        batch = batches.batch(c, entry.batchNumber()).orElse(null);
                    }
                    checkProof(entry, batch, tokens, report, where);
                } else {
                    report.unstampedEntry();
                }
                signatures.check(no, where, entry.record().message(), entry.loggedAt());
                expectedPrevious = entry.entryHash();
                expectedNo = no + 1;
            }
        }
        long next = expectedNo;
        if (next <= to && head.map(h -> h.lastEntryNo() >= next).orElse(true)) {
            long last = head.map(ChainHead::lastEntryNo).orElse(to);
            report.add(new Finding(Problem.MISSING_ENTRY, expectedNo, "entry " + expectedNo, expectedNo == last
                    ? "entry " + expectedNo + " is missing: the chain " + (head.isPresent() ? "head records it" : "ends before it")
                    : "entries " + expectedNo + ".." + last + " are missing (the chain was truncated)"));
        } else if (head.isPresent() && expectedPrevious != null && expectedNo == head.get().lastEntryNo() + 1
                && !Arrays.equals(expectedPrevious, head.get().lastEntryHash())) {
            report.add(new Finding(Problem.CHAIN_HEAD_MISMATCH, expectedNo - 1, "entry " + (expectedNo - 1),
                    "the chain head records another hash for the last entry: the last entry was replaced"));
        }
        return report;
    }

    private static void checkChain(LogEntry entry, byte[] expectedPrevious, VerificationReport report, String where) {
        long no = entry.entryNumber();
        if (expectedPrevious != null && !Arrays.equals(entry.previousHash(), expectedPrevious)) {
            report.add(new Finding(Problem.CHAIN_LINK_BROKEN, no, where, "its previous-hash " + shortHex(entry.previousHash())
                    + " is not the hash " + shortHex(expectedPrevious) + " of entry " + (no - 1)
                    + ": entries were re-ordered, replaced or inserted"));
            return;
        }
        byte[] digest = Sha256.of(entry.record().message());
        if (!Arrays.equals(digest, entry.messageDigest())) {
            report.add(new Finding(Problem.MESSAGE_ALTERED, no, where,
                    "the stored message does not match its stored SHA-256: the message was edited"));
            return;
        }
        byte[] recomputed = EntryHashes.entryHash(entry.previousHash(), entry.serverId(), no, entry.loggedAt(),
                entry.record(), digest);
        if (!Arrays.equals(recomputed, entry.entryHash())) {
            report.add(new Finding(Problem.CONTENT_ALTERED, no, where,
                    "its metadata no longer yield its entry hash: the entry was edited"));
        }
    }

    private static void checkProof(LogEntry entry, BatchRecord batch, BatchTokens tokens, VerificationReport report,
                                   String where) {
        long no = entry.entryNumber();
        if (batch == null) {
            report.add(new Finding(Problem.PROOF_INVALID, no, where, "its batch " + entry.batchNumber() + " does not exist"));
            return;
        }
        String batchWhere = "batch " + batch.batchNo() + " (entries " + batch.firstEntryNo() + ".." + batch.lastEntryNo() + ")";
        if (no < batch.firstEntryNo() || no > batch.lastEntryNo()) {
            report.add(new Finding(Problem.PROOF_INVALID, no, where, "it lies outside its " + batchWhere));
            return;
        }
        byte[] root;
        try {
            root = InclusionProof.decode(entry.inclusionProof()).rootFor(entry.entryHash());
        } catch (IllegalArgumentException | NullPointerException e) {
            report.add(new Finding(Problem.PROOF_INVALID, no, where, "unreadable inclusion proof"));
            return;
        }
        if (!Arrays.equals(root, batch.merkleRoot())) {
            report.add(new Finding(Problem.PROOF_INVALID, no, where,
                    "its inclusion proof does not lead to the Merkle root of " + batchWhere));
            return;
        }
        tokens.check(batchWhere, batch.token(), batch.merkleRoot());
    }

    /** The hash entry {@code from} must link to: genesis, the stored predecessor, or the archive that holds it. */
    private static byte[] chainStart(Connection c, String serverId, long from, VerificationReport report) throws SQLException {
        if (from == 1) {
            return EntryHashes.genesis();
        }
        Optional<byte[]> stored = EntryReader.entryHash(c, serverId, from - 1);
        if (stored.isPresent()) {
            return stored.get();
        }
        Optional<ArchiveRecord> archive = new ArchiveStore(serverId).endingAt(c, from - 1);
        if (archive.isPresent()) {
            report.note("the chain starts from archive container " + archive.get().fileName());
            return archive.get().lastEntryHash();
        }
        report.note("entry " + (from - 1) + " is neither stored nor archived here: entry " + from + "'s link is not checked");
        return null;
    }

    private static String missing(long expected, long found) {
        return found == expected + 1
                ? "entry " + (expected - 1) + " is followed by entry " + found + " (an entry was deleted)"
                : "entries " + expected + ".." + (found - 1) + " are missing before entry " + found;
    }

    static String shortHex(byte[] hash) {
        return HexFormat.of().formatHex(hash, 0, Math.min(8, hash.length)) + "...";
    }
}
