package vn.lienthong.messagelog.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.lienthong.messagelog.LogEntry;
import vn.lienthong.messagelog.MessageLogException;
import vn.lienthong.messagelog.asic.AsicWriter;
import vn.lienthong.messagelog.asic.BatchFiles;
import vn.lienthong.messagelog.asic.EntryFiles;
import vn.lienthong.messagelog.chain.Sha256;
import vn.lienthong.messagelog.store.ArchiveRecord;
import vn.lienthong.messagelog.store.ArchiveStore;
import vn.lienthong.messagelog.store.BatchRecord;
import vn.lienthong.messagelog.store.BatchStore;
import vn.lienthong.messagelog.store.EntryCursor;
import vn.lienthong.messagelog.store.EntryReader;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.messagelog.store.UnreadableEntryException;

/**
 * Moves old, time-stamped entries into ASiC-E containers in a directory, streaming (a cursor in, a zip out), at most
 * {@code maxEntriesPerContainer} per container. Each container's {@value #CHAIN_FILE} names the SHA-256 of the
 * previous container file and the hashes where its part of the entry chain begins and ends; the log records each
 * container's own digest. {@link #cleanBefore} then deletes archived entries (retention).
 */
public final class Archiver {

    public static final String CHAIN_FILE = "archive.properties";

    private final LogDatabase database;
    private final String serverId;
    private final Path directory;
    private final int maxEntriesPerContainer;
    private final Clock clock;

    public Archiver(LogDatabase database, String serverId, Path directory, int maxEntriesPerContainer, Clock clock) {
        if (maxEntriesPerContainer < 1) {
            throw new IllegalArgumentException("maxEntriesPerContainer must be positive");
        }
        this.database = database;
        this.serverId = serverId;
        this.directory = directory;
        this.maxEntriesPerContainer = maxEntriesPerContainer;
        this.clock = clock;
    }

    /** Archives every time-stamped, unarchived entry logged before {@code cutoff}; returns the containers written. */
    public List<ArchiveRecord> archiveBefore(Instant cutoff) {
        List<ArchiveRecord> written = new ArrayList<>();
        try (Connection c = database.connect()) {
            Files.createDirectories(directory);
            Optional<ArchiveRecord> next;
            while ((next = archiveOne(c, cutoff)).isPresent()) {
                written.add(next.get());
            }
            return written;
        } catch (SQLException | IOException e) {
            throw new MessageLogException("archiving failed after " + written.size() + " containers: " + e.getMessage(), e);
        }
    }

    /**
     * Retention: deletes entries that are archived, time-stamped and logged before {@code cutoff}.
     *
     * @return the number of entries deleted
     */
    public int cleanBefore(Instant cutoff) {
        try (Connection c = database.connect()) {
            return new ArchiveStore(serverId).clean(c, cutoff);
        } catch (SQLException e) {
            throw new MessageLogException("retention cleaning failed: " + e.getMessage(), e);
        }
    }

    private Optional<ArchiveRecord> archiveOne(Connection c, Instant cutoff) throws SQLException, IOException {
        ArchiveStore archives = new ArchiveStore(serverId);
        Optional<ArchiveRecord> previous = archives.last(c);
        long archiveNo = previous.map(a -> a.archiveNo() + 1).orElse(1L);
        byte[] previousDigest = previous.map(ArchiveRecord::containerDigest).orElse(new byte[Sha256.LENGTH]);
        String fileName = serverId.replaceAll("[^A-Za-z0-9_-]", "_") + "-archive-" + String.format("%06d", archiveNo) + ".asice";
        Path target = directory.resolve(fileName);
        Path partial = directory.resolve(fileName + ".partial");
        MessageDigest containerDigest = Sha256.newDigest();
        Range range = new Range();
        try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)), containerDigest);
             AsicWriter asic = new AsicWriter(out);
             EntryCursor cursor = EntryReader.archivable(c, serverId, cutoff, maxEntriesPerContainer)) {
            writeEntries(c, asic, cursor, range);
            if (range.count == 0) {
                asic.finish();
            } else {
                asic.add(CHAIN_FILE, chainProperties(archiveNo, previousDigest, range), "text/plain");
            }
        }
        if (range.count == 0) {
            Files.delete(partial);
            return Optional.empty();
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        ArchiveRecord record = new ArchiveRecord(serverId, archiveNo, range.first, range.last, range.lastHash, fileName,
                containerDigest.digest(), previousDigest, clock.instant());
        archives.record(c, record);
        return Optional.of(record);
    }

    private void writeEntries(Connection c, AsicWriter asic, EntryCursor cursor, Range range) throws SQLException, IOException {
        BatchStore batches = new BatchStore(serverId);
        long currentBatch = -1;
        while (cursor.next()) {
            LogEntry entry;
            try {
                entry = cursor.entry();
            } catch (UnreadableEntryException e) {
                throw new MessageLogException("refusing to archive: " + e.getMessage() + " (run audit verify)", e);
            }
            if (entry.batchNumber() != currentBatch) {
                currentBatch = entry.batchNumber();
                long wanted = currentBatch;
                BatchRecord batch = batches.batch(c, wanted).orElseThrow(() -> new MessageLogException(
                        "refusing to archive: batch " + wanted + " of entry " + entry.entryNumber() + " is missing"));
                BatchFiles.write(asic, "batches/" + currentBatch + "/", batch);
            }
            EntryFiles.write(asic, "entries/" + entry.entryNumber() + "/", entry);
            range.add(entry);
        }
    }

    private String chainProperties(long archiveNo, byte[] previousDigest, Range range) {
        HexFormat hex = HexFormat.of();
        return "server-id=" + serverId + "\n"
                + "archive-number=" + archiveNo + "\n"
                + "first-entry=" + range.first + "\n"
                + "last-entry=" + range.last + "\n"
                + "first-entry-previous-hash=" + hex.formatHex(range.firstPrevious) + "\n"
                + "last-entry-hash=" + hex.formatHex(range.lastHash) + "\n"
                + "previous-container-sha256=" + hex.formatHex(previousDigest) + "\n";
    }

    /** The run of entries written into one container. */
    private static final class Range {
        long count;
        long first;
        long last;
        byte[] firstPrevious;
        byte[] lastHash;

        void add(LogEntry e) {
            if (count++ == 0) {
                first = e.entryNumber();
                firstPrevious = e.previousHash();
            }
            last = e.entryNumber();
            lastHash = e.entryHash();
        }
    }

}
