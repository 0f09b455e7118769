package vn.lienthong.messagelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.messagelog.archive.Archiver;
import vn.lienthong.messagelog.evidence.EvidenceExporter;
import vn.lienthong.messagelog.evidence.EvidenceService;
import vn.lienthong.messagelog.search.CitizenAccess;
import vn.lienthong.messagelog.search.LogSearch;
import vn.lienthong.messagelog.search.Outcome;
import vn.lienthong.messagelog.search.SearchCriteria;
import vn.lienthong.messagelog.merkle.InclusionProof;
import vn.lienthong.messagelog.merkle.MerkleTree;
import vn.lienthong.messagelog.store.ArchiveRecord;
import vn.lienthong.messagelog.store.BatchRecord;
import vn.lienthong.messagelog.store.BatchStore;
import vn.lienthong.messagelog.store.EntryCursor;
import vn.lienthong.messagelog.store.EntryReader;
import vn.lienthong.messagelog.store.UnstampedEntry;
import vn.lienthong.messagelog.testing.MutableClock;
import vn.lienthong.messagelog.testing.Records;
import vn.lienthong.messagelog.testing.TestDatabase;
import vn.lienthong.messagelog.testing.TestPki;
import vn.lienthong.messagelog.testing.TestTsa;
import vn.lienthong.messagelog.verify.ArchiveVerifier;
import vn.lienthong.messagelog.verify.Finding;
import vn.lienthong.messagelog.verify.LogVerifier;
import vn.lienthong.messagelog.verify.Problem;
import vn.lienthong.messagelog.verify.VerificationReport;
import vn.lienthong.messagelog.verify.VerifyOptions;
import vn.lienthong.messagelog.write.StampOutcome;

/** The message log's behaviour, run against each database the log supports (see the subclasses). */
abstract class MessageLogContract {

    static final SecurityServerId SERVER = SecurityServerId.parse("VN/GOV/MPS/SS-MPS");
    static final String CITIZEN = "035199000123";
    static final String OTHER_CITIZEN = "001085000777";
    private static final TestPki PKI = new TestPki("LienThong Test");

    @TempDir
    Path tmp;

    final MutableClock clock = new MutableClock(TestPki.NOW);
    final Records records = new Records(PKI, clock);
    TestDatabase db;
    TestTsa tsa;
    MessageLog log;

    abstract TestDatabase newDatabase();

    @BeforeEach
    void start() throws Exception {
        db = newDatabase();
        tsa = new TestTsa(PKI, clock);
    }

    @AfterEach
    void stop() throws Exception {
        if (log != null) {
            log.close();
        }
        tsa.close();
        db.close();
    }

    MessageLog open(MessageLogSettings.Builder settings) {
        log = MessageLog.open(db.database(), settings.build(), tsa.client(), clock);
        return log;
    }

    MessageLog openWithHourlyStamping() {
        return open(MessageLogSettings.builder(SERVER).stampingInterval(Duration.ofHours(1)));
    }

    void exchange(String queryId, String citizen) {
        log.append(records.request(queryId, Records.PORTAL, citizen));
        log.append(records.response(queryId, Records.PORTAL, citizen, List.of("birthName", "dateOfBirth")));
    }

    StampOutcome stampNow() throws Exception {
        return log.stampNow().get(30, TimeUnit.SECONDS);
    }

    VerifyOptions options() {
        return new VerifyOptions(PKI.rootAnchor(), PKI.rootAnchor(), true);
    }

    VerificationReport verifyAll() {
        return new LogVerifier(db.database(), options()).verifyAll(SERVER.toString());
    }

    Finding firstBrokenLink() {
        VerificationReport report = verifyAll();
        assertThat(report.ok()).as("verification should fail").isFalse();
        return report.firstBrokenLink().orElseThrow();
    }

    void loggedAndStamped(int exchanges) throws Exception {
        openWithHourlyStamping();
        for (int i = 1; i <= exchanges; i++) {
            exchange("q-" + i, i % 2 == 0 ? OTHER_CITIZEN : CITIZEN);
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(stampNow().succeeded()).isTrue();
    }

    @Test
    void entriesAreChainedStampedAndVerify() throws Exception {
        loggedAndStamped(5);

        VerificationReport report = verifyAll();

        assertThat(report.findings()).isEmpty();
        assertThat(report.entries()).isEqualTo(10);
        assertThat(report.batches()).isEqualTo(1);
        assertThat(report.signaturesVerified()).isEqualTo(10);
        assertThat(report.unstamped()).isZero();
    }

    @Test
    void anEditedEntryIsNamed() throws Exception {
        loggedAndStamped(3);
        db.execute("UPDATE ml_entry SET issue = 'nothing to see' WHERE entry_no = 3");

        Finding first = firstBrokenLink();

        assertThat(first.problem()).isEqualTo(Problem.CONTENT_ALTERED);
        assertThat(first.entryNumber()).isEqualTo(3);
        assertThat(verifyAll().findingCount()).isEqualTo(1);
    }

    @Test
    void anEditedMessageIsNamed() throws Exception {
        loggedAndStamped(3);
        db.execute("UPDATE ml_message SET message = (SELECT e.message_digest FROM ml_entry e"
                + " WHERE e.server_id = ml_message.server_id AND e.entry_no = ml_message.entry_no) WHERE entry_no = 2",
                "UPDATE ml_entry SET message_size = 32 WHERE entry_no = 2");

        Finding first = firstBrokenLink();

        assertThat(first.problem()).isEqualTo(Problem.MESSAGE_ALTERED);
        assertThat(first.entryNumber()).isEqualTo(2);
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        loggedAndStamped(3);
        db.execute("DELETE FROM ml_entry_citizen WHERE entry_no = 4", "DELETE FROM ml_entry WHERE entry_no = 4");

        Finding first = firstBrokenLink();

        assertThat(first.problem()).isEqualTo(Problem.MISSING_ENTRY);
        assertThat(first.entryNumber()).isEqualTo(4);
    }

    @Test
    void aDeletedLastEntryIsNamed() throws Exception {
        loggedAndStamped(3);
        db.execute("DELETE FROM ml_entry_citizen WHERE entry_no = 6", "DELETE FROM ml_entry WHERE entry_no = 6");

        Finding first = firstBrokenLink();

        assertThat(first.problem()).isEqualTo(Problem.MISSING_ENTRY);
        assertThat(first.entryNumber()).isEqualTo(6);
    }

    @Test
    void twoSwappedEntriesAreNamed() throws Exception {
        loggedAndStamped(3);
        for (String table : List.of("ml_entry", "ml_message")) {
            db.execute("UPDATE " + table + " SET entry_no = -2 WHERE entry_no = 2",
                    "UPDATE " + table + " SET entry_no = 2 WHERE entry_no = 5",
                    "UPDATE " + table + " SET entry_no = 5 WHERE entry_no = -2");
        }

        Finding first = firstBrokenLink();

        assertThat(first.problem()).isEqualTo(Problem.CHAIN_LINK_BROKEN);
        assertThat(first.entryNumber()).isEqualTo(2);
    }

    @Test
    void aReplacedBatchRootIsCaughtByTheTimeStamp() throws Exception {
        loggedAndStamped(2);
        db.execute("UPDATE ml_batch SET merkle_root = (SELECT entry_hash FROM ml_entry WHERE entry_no = 1)");

        Finding first = firstBrokenLink();

        assertThat(first.problem()).isEqualTo(Problem.PROOF_INVALID);
        assertThat(first.entryNumber()).isEqualTo(1);
    }

    @Test
    void stampingWritesTheBatchAloneAndEachEntryReadsBackWithItsProof() throws Exception {
        loggedAndStamped(3);

        assertThat(count("SELECT COUNT(*) FROM ml_entry WHERE batch_no IS NOT NULL OR inclusion_proof IS NOT NULL"))
                .as("entry rows are not rewritten by stamping").isZero();
        assertThat(count("SELECT COUNT(*) FROM ml_batch")).isEqualTo(1);
        try (Connection c = db.database().connect();
             EntryCursor cursor = EntryReader.range(c, SERVER.toString(), 1, 6)) {
            BatchRecord batch = new BatchStore(SERVER.toString()).batch(c, 1).orElseThrow();
            int read = 0;
            while (cursor.next()) {
                LogEntry entry = cursor.entry();
                assertThat(entry.batchNumber()).isEqualTo(1L);
                assertThat(InclusionProof.decode(entry.inclusionProof()).rootFor(entry.entryHash()))
                        .isEqualTo(batch.merkleRoot());
                read++;
            }
            assertThat(read).isEqualTo(6);
        }
        VerificationReport report = verifyAll();
        assertThat(report.ok()).isTrue();
        assertThat(report.unstamped()).isZero();
    }

    @Test
    void aReplacedEntryHashInTheBatchIsCaughtAtTheEntriesWhoseProofsUseIt() throws Exception {
        loggedAndStamped(2);
        try (Connection c = db.database().connect()) {
            byte[] leaves;
            try (PreparedStatement ps = c.prepareStatement("SELECT entry_hashes FROM ml_batch");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                leaves = rs.getBytes(1);
            }
            System.arraycopy(leaves, 32, leaves, 0, 32);
            try (PreparedStatement ps = c.prepareStatement("UPDATE ml_batch SET entry_hashes = ?")) {
                ps.setBytes(1, leaves);
                ps.executeUpdate();
            }
        }

        Finding first = firstBrokenLink();

        assertThat(first.problem()).isEqualTo(Problem.PROOF_INVALID);
        assertThat(first.entryNumber()).as("entry 1's own proof does not use its own hash").isEqualTo(2);
    }

    @Test
    void entriesStampedBeforeBatchesKeptEntryHashesStillVerifyAndTheirProofsAreChecked() throws Exception {
        loggedAndStamped(3);
        try (Connection c = db.database().connect()) {
            List<byte[]> hashes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT entry_hash FROM ml_entry ORDER BY entry_no");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hashes.add(rs.getBytes(1));
                }
            }
            MerkleTree tree = MerkleTree.of(hashes);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE ml_entry SET batch_no = 1, inclusion_proof = ? WHERE entry_no = ?")) {
                for (int i = 0; i < hashes.size(); i++) {
                    ps.setBytes(1, tree.proof(i).encode());
                    ps.setLong(2, i + 1);
                    ps.executeUpdate();
                }
            }
        }
        db.execute("UPDATE ml_batch SET entry_hashes = NULL");

        VerificationReport report = verifyAll();
        assertThat(report.ok()).isTrue();
        assertThat(report.unstamped()).isZero();

        db.execute("UPDATE ml_entry SET inclusion_proof = (SELECT inclusion_proof FROM ml_entry WHERE entry_no = 1)"
                + " WHERE entry_no = 2");
        Finding first = firstBrokenLink();
        assertThat(first.problem()).isEqualTo(Problem.PROOF_INVALID);
        assertThat(first.entryNumber()).isEqualTo(2);
    }

    @Test
    void aBatchOverlappingOneAlreadyStampedIsRefusedAndNothingIsRecorded() throws Exception {
        loggedAndStamped(1);
        BatchStore store = new BatchStore(SERVER.toString());
        try (Connection c = db.database().connect()) {
            List<UnstampedEntry> again = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT entry_no, entry_hash FROM ml_entry ORDER BY entry_no");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    again.add(new UnstampedEntry(rs.getLong(1), rs.getBytes(2), TestPki.NOW));
                }
            }
            MerkleTree tree = MerkleTree.of(again.stream().map(UnstampedEntry::entryHash).toList());

            assertThatThrownBy(() -> store.record(c, again, tree, new byte[] {1}, TestPki.NOW))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("stamped by another writer");
        }
        assertThat(count("SELECT COUNT(*) FROM ml_batch")).isEqualTo(1);
        assertThat(verifyAll().ok()).isTrue();
    }

    long count(String sql) throws SQLException {
        try (Connection c = db.database().connect();
             PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aTsaOutageQueuesEntriesRefusesPastTheWindowAndRecoversOnItsOwn() throws Exception {
        tsa.down();
        open(MessageLogSettings.builder(SERVER).stampingInterval(Duration.ofMillis(100)).maxUnstampedAge(Duration.ofHours(4)));
        exchange("q-1", CITIZEN);
        assertThat(stampNow().succeeded()).isFalse();

        clock.advance(Duration.ofHours(3));
        exchange("q-2", CITIZEN);
        assertThat(log.status().oldestUnstampedAge()).contains(Duration.ofHours(3));
        clock.advance(Duration.ofHours(1).plusSeconds(1));

        assertThatThrownBy(() -> log.append(records.request("q-3", Records.PORTAL, CITIZEN)))
                .isInstanceOfSatisfying(TimestamperFailedException.class, e -> {
                    assertThat(e.faultCode(Side.CLIENT_PROXY)).isEqualTo("Server.ClientProxy.LoggingFailed.TimestamperFailed");
                    assertThat(e.faultCode(Side.SERVER_PROXY)).isEqualTo("Server.ServerProxy.LoggingFailed.TimestamperFailed");
                    assertThat(e.window()).isEqualTo(Duration.ofHours(4));
                });
        assertThat(log.status().acceptingAppends()).isFalse();

        tsa.up();
        await().atMost(Duration.ofSeconds(20)).until(() -> log.status().acceptingAppends());
        exchange("q-3", CITIZEN);
        assertThat(stampNow().succeeded()).isTrue();

        VerificationReport report = verifyAll();
        assertThat(report.findings()).isEmpty();
        assertThat(report.entries()).isEqualTo(6);
        assertThat(report.unstamped()).isZero();
    }

    @Test
    void immediateModeStampsEachWrittenBatch() throws Exception {
        open(MessageLogSettings.builder(SERVER).timestamping(MessageLogSettings.Timestamping.IMMEDIATE));
        exchange("q-1", CITIZEN);

        await().atMost(Duration.ofSeconds(20)).until(() -> log.status().oldestUnstampedAge().isEmpty());

        assertThat(tsa.tokensIssued()).isPositive();
        assertThat(verifyAll().unstamped()).isZero();
    }

    @Test
    void theChainContinuesAcrossARestartInTheMiddleOfTraffic() throws Exception {
        openWithHourlyStamping();
        AtomicInteger acknowledged = new AtomicInteger();
        CountDownLatch someWritten = new CountDownLatch(20);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        MessageLog first = log;
        for (int t = 0; t < 4; t++) {
            int sender = t;
            running.add(senders.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    try {
                        first.append(records.request("r-" + sender + "-" + i, Records.HEALTH, CITIZEN));
                        acknowledged.incrementAndGet();
                        someWritten.countDown();
                    } catch (LoggingFailedException closed) {
                        return;
                    }
                }
            }));
        }
        assertThat(someWritten.await(30, TimeUnit.SECONDS)).isTrue();
        first.close();
        for (Future<?> f : running) {
            f.get(30, TimeUnit.SECONDS);
        }
        senders.shutdown();

        openWithHourlyStamping();
        exchange("after-restart", CITIZEN);
        assertThat(stampNow().succeeded()).isTrue();

        VerificationReport report = verifyAll();
        assertThat(report.findings()).isEmpty();
        assertThat(report.entries()).isEqualTo(acknowledged.get() + 2L);
    }

    @Test
    void searchFindsByEveryCriterionAndTheCitizenSeesWhoLooked() throws Exception {
        openWithHourlyStamping();
        exchange("q-1", CITIZEN);
        clock.advance(Duration.ofMinutes(5));
        log.append(records.request("q-2", Records.HEALTH, OTHER_CITIZEN));
        log.append(records.base("q-2", Records.HEALTH, OTHER_CITIZEN, Direction.RESPONSE)
                .faultCode("Server.ServerProxy.AccessDenied").build());
        LogSearch search = new LogSearch(db.database());

        assertThat(search.search(SearchCriteria.builder().queryId("q-2").build())).hasSize(2);
        assertThat(search.search(SearchCriteria.builder().client(Records.HEALTH.toString()).build())).hasSize(2);
        assertThat(search.search(SearchCriteria.builder().service(Records.NPD_GET_CITIZEN.toString()).build())).hasSize(4);
        assertThat(search.search(SearchCriteria.builder().citizenId(CITIZEN).build()))
                .extracting(s -> s.queryId()).containsOnly("q-1");
        assertThat(search.search(SearchCriteria.builder().outcome(Outcome.FAULT).build()))
                .extracting(s -> s.faultCode()).containsExactly("Server.ServerProxy.AccessDenied");
        assertThat(search.search(SearchCriteria.builder().from(TestPki.NOW.plusSeconds(60)).build())).hasSize(2);
        assertThat(search.search(SearchCriteria.builder().to(TestPki.NOW.plusSeconds(60)).build())).hasSize(2);

        List<CitizenAccess> report = search.citizen(CITIZEN, null, null);
        assertThat(report).singleElement().satisfies(a -> {
            assertThat(a.client()).isEqualTo(Records.PORTAL.toString());
            assertThat(a.service()).isEqualTo(Records.NPD_GET_CITIZEN.toString());
            assertThat(a.purpose()).isEqualTo("HS-2026-q-1");
            assertThat(a.fieldsDisclosed()).containsExactly("birthName", "dateOfBirth");
            assertThat(a.when()).isEqualTo(TestPki.NOW);
            assertThat(a.outcome()).isEqualTo(Outcome.SUCCESS);
        });
    }

    @Test
    void archivesAreChainedVerifiableAndRetentionKeepsWhatIsNotArchived() throws Exception {
        loggedAndStamped(5);
        exchange("late", CITIZEN);
        Path dir = tmp.resolve("archive");
        Archiver archiver = new Archiver(db.database(), SERVER.toString(), dir, 4, clock);

        List<ArchiveRecord> containers = archiver.archiveBefore(clock.instant().plusSeconds(1));

        assertThat(containers).extracting(ArchiveRecord::lastEntryNo).containsExactly(4L, 8L, 10L);
        try (var files = Files.list(dir)) {
            List<Path> paths = files.toList();
            VerificationReport archived = new ArchiveVerifier(options()).verify(paths);
            assertThat(archived.findings()).isEmpty();
            assertThat(archived.entries()).isEqualTo(10);
            assertThat(archived.archives()).isEqualTo(3);
        }

        int deleted = archiver.cleanBefore(clock.instant().plusSeconds(1));

        assertThat(deleted).isEqualTo(10);
        VerificationReport remaining = verifyAll();
        assertThat(remaining.findings()).isEmpty();
        assertThat(remaining.entries()).isEqualTo(2);
        assertThat(remaining.unstamped()).isEqualTo(2);
    }

    @Test
    void aReplacedArchiveContainerBreaksTheArchiveChain() throws Exception {
        loggedAndStamped(4);
        Path dir = tmp.resolve("archive");
        Archiver archiver = new Archiver(db.database(), SERVER.toString(), dir, 4, clock);
        List<ArchiveRecord> containers = archiver.archiveBefore(clock.instant().plusSeconds(1));
        Path second = dir.resolve(containers.get(1).fileName());
        Path first = dir.resolve(containers.get(0).fileName());
        byte[] zip = Files.readAllBytes(first);
        byte[] comment = "replaced".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        zip[zip.length - 2] = (byte) comment.length;
        Files.write(first, zip);
        Files.write(first, comment, java.nio.file.StandardOpenOption.APPEND);

        VerificationReport report = new ArchiveVerifier(options()).verify(List.of(first, second));

        assertThat(report.firstBrokenLink()).get().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(Problem.ARCHIVE_CHAIN_BROKEN);
            assertThat(f.where()).contains(second.getFileName().toString());
        });
    }

    @Test
    void theEvidenceEndpointAnswersForOneExchange() throws Exception {
        loggedAndStamped(2);
        exchange("not-yet", CITIZEN);
        EvidenceService service = new EvidenceService(new EvidenceExporter(db.database()));

        assertThat(service.handle("q-1").status()).isEqualTo(200);
        assertThat(service.handle("q-1").contentType()).isEqualTo("application/vnd.etsi.asic-e+zip");
        assertThat(service.handle("unknown").status()).isEqualTo(404);
        assertThat(service.handle("not-yet").status()).isEqualTo(409);
        assertThat(service.handle("").status()).isEqualTo(400);
    }
}
