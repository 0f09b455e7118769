package vn.lienthong.messagelog.asic;

import java.io.IOException;
import java.util.HexFormat;
import vn.lienthong.messagelog.LogEntry;
import vn.lienthong.messagelog.chain.CanonicalEntry;
import vn.lienthong.messagelog.merkle.InclusionProof;

/**
 * The files that carry one entry in a container, under one folder:
 * {@code message.xml} (the message as signed), {@code metadata.json}, {@code hash-input.bin} (previous entry hash
 * followed by the canonical entry bytes; its SHA-256 is the entry hash), {@code entry-hash.hex},
 * {@code inclusion-proof.txt} (one {@code L|R <hex>} line per level, leaf first) and {@code batch.txt} (the number of
 * the time-stamped batch whose root the proof leads to).
 */
public final class EntryFiles {

    public static final String MESSAGE = "message.xml";
    public static final String METADATA = "metadata.json";
    public static final String HASH_INPUT = "hash-input.bin";
    public static final String ENTRY_HASH = "entry-hash.hex";
    public static final String PROOF = "inclusion-proof.txt";
    public static final String BATCH = "batch.txt";

    private EntryFiles() {
    }

    public static void write(AsicWriter asic, String folder, LogEntry entry) throws IOException {
        byte[] canonical = CanonicalEntry.encode(entry.serverId(), entry.entryNumber(), entry.loggedAt(), entry.record(),
                entry.messageDigest());
        asic.add(folder + MESSAGE, entry.record().message(), "text/xml");
        asic.add(folder + METADATA, MetadataJson.of(entry), "application/json");
        asic.add(folder + HASH_INPUT, CanonicalEntry.hashInput(entry.previousHash(), canonical), "application/octet-stream");
        asic.add(folder + ENTRY_HASH, HexFormat.of().formatHex(entry.entryHash()) + "\n", "text/plain");
        if (entry.inclusionProof() != null) {
            asic.add(folder + PROOF, InclusionProof.decode(entry.inclusionProof()).toText(), "text/plain");
            asic.add(folder + BATCH, entry.batchNumber() + "\n", "text/plain");
        }
    }
}
