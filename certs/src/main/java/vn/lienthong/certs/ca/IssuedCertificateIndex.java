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
 * with one tab-separated line each ({@code serial status type notAfter subject}), rewritten atomically.
 */
final class IssuedCertificateIndex {

    /** Subjects are written with a keyword for the serialNumber attribute, which RFC 2253 would render as hex. */
    private static final Map<String, String> OID_TO_KEYWORD = Map.of("2.5.4.5", "SERIALNUMBER");
    private static final Map<String, String> KEYWORD_TO_OID = Map.of("SERIALNUMBER", "2.5.4.5");
    private static final String HEADER = "# serial\tstatus\ttype\tnotAfter\tsubject";

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
        int lineNumber = 0;
        for (String line : Files.readAllLines(indexFile(), StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", 5);
            if (fields.length != 5) {
                throw new IOException(indexFile() + " line " + lineNumber + " has " + fields.length
                        + " fields instead of 5 (serial, status, type, notAfter, subject)");
            }
            try {
                entries.add(new IssuedCertificate(new BigInteger(fields[0], 16), CertificateType.valueOf(fields[2]),
                        CertificateStatus.ofCode(fields[1]), Instant.parse(fields[3]), new X500Principal(fields[4], KEYWORD_TO_OID)));
            } catch (RuntimeException e) {
                throw new IOException(indexFile() + " line " + lineNumber + " is damaged: " + e.getMessage(), e);
            }
        }
        return List.copyOf(entries);
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
                    .append(e.subject().getName(X500Principal.RFC2253, OID_TO_KEYWORD)).append('\n');
        }
        AtomicFiles.write(indexFile(), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Path indexFile() {
        return directory.resolve("index.tsv");
    }

    private Path pemFile(BigInteger serial) {
        return directory.resolve(hex(serial) + ".pem");
    }

    static String hex(BigInteger serial) {
        return serial.toString(16).toUpperCase(Locale.ROOT);
    }
}
