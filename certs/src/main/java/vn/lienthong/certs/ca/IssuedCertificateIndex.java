package vn.lienthong.certs.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import vn.lienthong.certs.files.AtomicFiles;
import vn.lienthong.certs.pem.Pem;

/**
 * The CA's record of what it issued: {@code issued/SERIAL.pem} per certificate and {@code issued/index.tsv}
 * with one tab-separated line each ({@code serial status type notAfter revocation subject}), rewritten
 * atomically. The revocation field is {@code -} or {@code TIME,REASON} (e.g. {@code 2025-01-02T03:04:05Z,KEY_COMPROMISE}).
 * An index written before revocation existed (five fields, no revocation) is read as well and rewritten in
 * the current form on the next change.
 */
final class IssuedCertificateIndex {

    /** Subjects are written with a keyword for the serialNumber attribute, which RFC 2253 would render as hex. */
    private static final Map<String, String> OID_TO_KEYWORD = Map.of("2.5.4.5", "SERIALNUMBER");
    private static final Map<String, String> KEYWORD_TO_OID = Map.of("SERIALNUMBER", "2.5.4.5");
    private static final String HEADER_V1 = "# serial\tstatus\ttype\tnotAfter\tsubject";
    private static final String HEADER = "# serial\tstatus\ttype\tnotAfter\trevocation\tsubject";
    private static final String NOT_REVOKED = "-";

    private final Path directory;

    IssuedCertificateIndex(Path directory) {
        this.directory = directory;
    }

    static IssuedCertificateIndex create(Path directory) throws IOException {
        Files.createDirectories(directory);
        IssuedCertificateIndex index = new IssuedCertificateIndex(directory);
        index.store(List.of());
        return index;
    }

    synchronized void add(X509Certificate certificate, CertificateType type) throws IOException {
        BigInteger serial = certificate.getSerialNumber();
        Path pem = pemFile(serial);
        List<IssuedCertificate> entries = new ArrayList<>(list());
        if (Files.exists(pem) || entries.stream().anyMatch(e -> e.serialNumber().equals(serial))) {
            throw new IOException("serial number " + hex(serial) + " was already issued (" + pem
                    + "); the serial file was rolled back: set it above the highest serial in " + indexFile());
        }
        Pem.write(pem, certificate);
        entries.add(new IssuedCertificate(serial, type, CertificateStatus.VALID,
                certificate.getNotAfter().toInstant(), certificate.getSubjectX500Principal()));
        store(entries);
    }

    synchronized List<IssuedCertificate> list() throws IOException {
        List<IssuedCertificate> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(indexFile(), StandardCharsets.UTF_8);
        int fieldCount = !lines.isEmpty() && lines.get(0).equals(HEADER_V1) ? 5 : 6;
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", fieldCount);
            if (fields.length != fieldCount) {
                throw new IOException(indexFile() + " line " + lineNumber + " has " + fields.length
                        + " fields instead of " + fieldCount + " (" + (fieldCount == 5 ? HEADER_V1 : HEADER)
                        .substring(2).replace('\t', ' ') + ")");
            }
            try {
                Revocation revocation = fieldCount == 5 ? null : revocation(fields[4]);
                entries.add(new IssuedCertificate(new BigInteger(fields[0], 16), CertificateType.valueOf(fields[2]),
                        CertificateStatus.ofCode(fields[1]), Instant.parse(fields[3]),
                        new X500Principal(fields[fieldCount - 1], KEYWORD_TO_OID), revocation));
            } catch (RuntimeException e) {
                throw new IOException(indexFile() + " line " + lineNumber + " is damaged: " + e.getMessage(), e);
            }
        }
        return List.copyOf(entries);
    }

    /** The entry for {@code serial}, if this CA issued it. */
    synchronized Optional<IssuedCertificate> find(BigInteger serial) throws IOException {
        return list().stream().filter(e -> e.serialNumber().equals(serial)).findFirst();
    }

    /**
     * Marks {@code serial} revoked with {@code revocation}; returns the updated entry.
     *
     * @throws UnknownCertificateException         if the index has no such serial
     * @throws CertificateAlreadyRevokedException if it is revoked already
     */
    synchronized IssuedCertificate revoke(BigInteger serial, Revocation revocation) throws IOException {
        List<IssuedCertificate> entries = new ArrayList<>(list());
        for (int i = 0; i < entries.size(); i++) {
            IssuedCertificate entry = entries.get(i);
            if (entry.serialNumber().equals(serial)) {
                if (entry.isRevoked()) {
                    throw new CertificateAlreadyRevokedException(entry);
                }
                IssuedCertificate revoked = entry.revoked(revocation);
                entries.set(i, revoked);
                store(entries);
                return revoked;
            }
        }
        throw new UnknownCertificateException(serial, "this CA never issued a certificate with serial number "
                + hex(serial) + ": check the serial (hexadecimal) against the list of issued certificates in "
                + indexFile());
    }

    Optional<X509Certificate> certificate(BigInteger serial) throws IOException {
        Path pem = pemFile(serial);
        return Files.exists(pem) ? Optional.of(Pem.read(pem)) : Optional.empty();
    }

    private void store(List<IssuedCertificate> entries) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (IssuedCertificate e : entries) {
            text.append(hex(e.serialNumber())).append('\t').append(e.status().code()).append('\t')
                    .append(e.type()).append('\t').append(e.notAfter()).append('\t')
                    .append(e.revocation() == null ? NOT_REVOKED
                            : e.revocation().time() + "," + e.revocation().reason().name()).append('\t')
                    .append(e.subject().getName(X500Principal.RFC2253, OID_TO_KEYWORD)).append('\n');
        }
        AtomicFiles.write(indexFile(), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Revocation revocation(String field) {
        if (field.equals(NOT_REVOKED)) {
            return null;
        }
        int comma = field.indexOf(',');
        if (comma < 0) {
            throw new IllegalArgumentException("revocation field '" + field + "' is not '-' or 'TIME,REASON'");
        }
        return new Revocation(Instant.parse(field.substring(0, comma)),
                RevocationReason.ofIndexField(field.substring(comma + 1)));
    }

    Path indexFile() {
        return directory.resolve("index.tsv");
    }

    private Path pemFile(BigInteger serial) {
        return directory.resolve(hex(serial) + ".pem");
    }

    static String hex(BigInteger serial) {
        return serial.toString(16).toUpperCase(Locale.ROOT);
    }
}
