package vn.lienthong.messagelog.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.lienthong.messagelog.archive.Archiver;
import vn.lienthong.messagelog.asic.AsicWriter;
import vn.lienthong.messagelog.asic.BatchFiles;
import vn.lienthong.messagelog.asic.EntryFiles;
import vn.lienthong.messagelog.chain.CanonicalEntry;
import vn.lienthong.messagelog.chain.Sha256;
import vn.lienthong.messagelog.merkle.InclusionProof;
import vn.lienthong.messagelog.timestamp.TimeStampTokenVerifier;

/**
 * Verifies archive containers on their own, in archive order: the ASiC-E layout and every listed digest, the entry chain
 * inside each container (numbers, links, message digests, entry hashes recomputed from {@code hash-input.bin}),
 * inclusion proofs, batch tokens, message signatures, and the archive chain (each container names the previous
 * container's SHA-256, and its first entry links to the previous container's last entry).
 */
public final class ArchiveVerifier {

    private static final HexFormat HEX = HexFormat.of();

    private final VerifyOptions options;

    public ArchiveVerifier(VerifyOptions options) {
        this.options = options;
    }

    /** @param containers archive files; they are checked in the order of their archive numbers */
    public VerificationReport verify(List<Path> containers) {
        VerificationReport report = new VerificationReport();
        BatchTokens tokens = new BatchTokens(new TimeStampTokenVerifier(options.tsaAnchors()), report);
        MessageSignatures signatures = new MessageSignatures(options, report);
        TreeMap<Long, Path> ordered = new TreeMap<>();
        for (Path p : containers) {
            try (ZipFile zip = new ZipFile(p.toFile())) {
                ordered.put(Long.parseLong(properties(zip).getProperty("archive-number", "0")), p);
            } catch (IOException | NumberFormatException e) {
                report.add(new Finding(Problem.ARCHIVE_FILE_ALTERED, 0, "archive file " + p.getFileName(),
                        "not a readable archive container: " + e.getMessage()));
            }
        }
        byte[] previousDigest = null;
        byte[] previousLastHash = null;
        for (Path p : ordered.values()) {
            String where = "archive file " + p.getFileName();
            try (ZipFile zip = new ZipFile(p.toFile())) {
                Properties chain = properties(zip);
                report.archiveChecked();
                if (previousDigest != null && !Arrays.equals(previousDigest, hex(chain, "previous-container-sha256"))) {
                    report.add(new Finding(Problem.ARCHIVE_CHAIN_BROKEN, 0, where,
                            "it does not name the SHA-256 of the previous container: a container was replaced or removed"));
                }
                if (previousLastHash != null && !Arrays.equals(previousLastHash, hex(chain, "first-entry-previous-hash"))) {
                    report.add(new Finding(Problem.ARCHIVE_CHAIN_BROKEN, 0, where,
                            "its first entry does not link to the previous container's last entry"));
                }
                checkDigests(zip, where, report);
                checkEntries(zip, chain, where, report, tokens, signatures);
                previousLastHash = hex(chain, "last-entry-hash");
            } catch (IOException | IllegalArgumentException e) {
                report.add(new Finding(Problem.ARCHIVE_FILE_ALTERED, 0, where, "unreadable: " + e.getMessage()));
                previousLastHash = null;
            }
            try {
                previousDigest = digest(p);
            } catch (IOException e) {
                previousDigest = null;
            }
        }
        return report;
    }

    private void checkEntries(ZipFile zip, Properties chain, String where, VerificationReport report, BatchTokens tokens,
                              MessageSignatures signatures) throws IOException {
        long first = Long.parseLong(chain.getProperty("first-entry"));
        long last = Long.parseLong(chain.getProperty("last-entry"));
        byte[] expectedPrevious = hex(chain, "first-entry-previous-hash");
        for (long no = first; no <= last; no++) {
            String folder = "entries/" + no + "/";
            String entryWhere = where + ", entry " + no;
            byte[] hashInput = read(zip, folder + EntryFiles.HASH_INPUT);
            byte[] message = read(zip, folder + EntryFiles.MESSAGE);
            if (hashInput == null || message == null) {
                report.add(new Finding(Problem.MISSING_ENTRY, no, entryWhere, "entry " + no + " is missing from the container"));
                expectedPrevious = null;
                continue;
            }
            report.entryChecked();
            byte[] previous = Arrays.copyOf(hashInput, Sha256.LENGTH);
            byte[] canonical = Arrays.copyOfRange(hashInput, Sha256.LENGTH, hashInput.length);
            byte[] entryHash = Sha256.of(hashInput);
            List<String> fields;
            try {
                fields = CanonicalEntry.decode(canonical);
            } catch (IllegalArgumentException e) {
                report.add(new Finding(Problem.CONTENT_ALTERED, no, entryWhere, e.getMessage()));
                expectedPrevious = entryHash;
                continue;
            }
            if (expectedPrevious != null && !Arrays.equals(previous, expectedPrevious)) {
                report.add(new Finding(Problem.CHAIN_LINK_BROKEN, no, entryWhere,
                        "it does not link to entry " + (no - 1) + ": entries were re-ordered, replaced or inserted"));
            } else if (!Long.toString(no).equals(fields.get(CanonicalEntry.ENTRY_NUMBER))) {
                report.add(new Finding(Problem.CONTENT_ALTERED, no, entryWhere,
                        "its hashed entry number is " + fields.get(CanonicalEntry.ENTRY_NUMBER)));
            } else if (!HEX.formatHex(Sha256.of(message)).equals(fields.get(CanonicalEntry.MESSAGE_DIGEST))) {
                report.add(new Finding(Problem.MESSAGE_ALTERED, no, entryWhere,
                        "message.xml does not match the digest its entry hash covers"));
            } else {
                checkProof(zip, folder, entryHash, no, entryWhere, report, tokens);
                signatures.check(no, entryWhere, message, Instant.parse(loggedAt(fields)));
            }
            expectedPrevious = entryHash;
        }
        if (expectedPrevious != null && !Arrays.equals(expectedPrevious, hex(chain, "last-entry-hash"))) {
            report.add(new Finding(Problem.CHAIN_HEAD_MISMATCH, last, where, "its last entry is not the one it records"));
        }
    }

    private static String loggedAt(List<String> fields) {
        return fields.get(2);
    }

    private static void checkProof(ZipFile zip, String folder, byte[] entryHash, long no, String where,
                                   VerificationReport report, BatchTokens tokens) throws IOException {
        byte[] proofText = read(zip, folder + EntryFiles.PROOF);
        byte[] batchText = read(zip, folder + EntryFiles.BATCH);
        if (proofText == null || batchText == null) {
            report.add(new Finding(Problem.PROOF_INVALID, no, where, "the inclusion proof or batch reference is missing"));
            return;
        }
        String batchFolder = "batches/" + new String(batchText, StandardCharsets.US_ASCII).trim() + "/";
        byte[] rootText = read(zip, batchFolder + BatchFiles.ROOT);
        byte[] token = read(zip, batchFolder + BatchFiles.TOKEN);
        if (rootText == null || token == null) {
            report.add(new Finding(Problem.PROOF_INVALID, no, where, "its batch files " + batchFolder + " are missing"));
            return;
        }
        byte[] root = HEX.parseHex(new String(rootText, StandardCharsets.US_ASCII).trim());
        if (!Arrays.equals(InclusionProof.fromText(new String(proofText, StandardCharsets.US_ASCII)).rootFor(entryHash), root)) {
            report.add(new Finding(Problem.PROOF_INVALID, no, where, "its inclusion proof does not lead to the root in " + batchFolder));
            return;
        }
        tokens.check(where.substring(0, where.indexOf(',')) + ", " + batchFolder, token, root);
    }

    private static void checkDigests(ZipFile zip, String where, VerificationReport report) throws IOException {
        ZipEntry first = zip.entries().nextElement();
        byte[] mime = read(zip, "mimetype");
        if (!"mimetype".equals(first.getName()) || first.getMethod() != ZipEntry.STORED || mime == null
                || !AsicWriter.MIME_TYPE.equals(new String(mime, StandardCharsets.US_ASCII))) {
            report.add(new Finding(Problem.ARCHIVE_FILE_ALTERED, 0, where, "the mimetype entry is not first, stored and "
                    + AsicWriter.MIME_TYPE));
        }
        byte[] list = read(zip, AsicWriter.DIGESTS);
        if (list == null) {
            report.add(new Finding(Problem.ARCHIVE_FILE_ALTERED, 0, where, AsicWriter.DIGESTS + " is missing"));
            return;
        }
        Map<String, String> listed = new HashMap<>();
        for (String line : new String(list, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                listed.put(line.substring(66), line.substring(0, 64));
            }
        }
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            String name = e.getName();
            if (name.equals("mimetype") || name.startsWith("META-INF/") || e.isDirectory()) {
                continue;
            }
            String expected = listed.remove(name);
            if (expected == null) {
                report.add(new Finding(Problem.ARCHIVE_FILE_ALTERED, 0, where, name + " is not listed in " + AsicWriter.DIGESTS));
            } else if (!expected.equals(HEX.formatHex(Sha256.of(read(zip, name))))) {
                report.add(new Finding(Problem.ARCHIVE_FILE_ALTERED, 0, where, name + " does not match its listed SHA-256"));
            }
        }
        for (String gone : listed.keySet()) {
            report.add(new Finding(Problem.ARCHIVE_FILE_ALTERED, 0, where, gone + " is listed but missing"));
        }
    }

    private static Properties properties(ZipFile zip) throws IOException {
        byte[] bytes = read(zip, Archiver.CHAIN_FILE);
        if (bytes == null) {
            throw new IOException(Archiver.CHAIN_FILE + " is missing");
        }
        Properties p = new Properties();
        p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        return p;
    }

    private static byte[] hex(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException(Archiver.CHAIN_FILE + " lacks " + key);
        }
        return HEX.parseHex(v.trim());
    }

    private static byte[] read(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    private static byte[] digest(Path file) throws IOException {
        MessageDigest md = Sha256.newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return md.digest();
    }
}
