package vn.lienthong.messagelog.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import vn.lienthong.messagelog.LogEntry;
import vn.lienthong.messagelog.MessageLogException;
import vn.lienthong.messagelog.asic.AsicWriter;
import vn.lienthong.messagelog.asic.BatchFiles;
import vn.lienthong.messagelog.asic.EntryFiles;
import vn.lienthong.messagelog.store.BatchRecord;
import vn.lienthong.messagelog.store.BatchStore;
import vn.lienthong.messagelog.store.EntryCursor;
import vn.lienthong.messagelog.store.EntryReader;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.messagelog.store.UnreadableEntryException;
import vn.lienthong.messagelog.trust.PemCertificates;
import vn.lienthong.messagelog.verify.SignatureCheck;
import vn.lienthong.messagelog.verify.XmlSignatureVerifier;

/**
 * The evidence container for one exchange (every entry with the query id: request and response, on each security
 * server whose log this database holds), verifiable with tools not written here: per entry one folder holding the
 * entry files ({@link EntryFiles}), its batch's {@code merkle-root.hex} and {@code timestamp.tst}, the TSA certificate
 * {@code tsa.pem}, and the message signer's {@code signer.pem} and {@code signer-chain.pem}; {@code README.txt} gives
 * the commands (openssl ts, xmlsec1, sha256sum).
 */
public final class EvidenceExporter {

    private final LogDatabase database;
    private final XmlSignatureVerifier signatures = new XmlSignatureVerifier();

    public EvidenceExporter(LogDatabase database) {
        this.database = database;
    }

    /**
     * @return the container, or empty when no entry has this query id
     * @throws EvidenceNotReadyException when an entry of the exchange still waits for its time-stamp
     */
    public Optional<byte[]> export(String queryId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return write(queryId, out) ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    /** Streams the container to {@code out}; returns false (writing nothing) when no entry has this query id. */
    public boolean write(String queryId, OutputStream out) {
        List<LogEntry> entries = entries(queryId);
        if (entries.isEmpty()) {
            return false;
        }
        for (LogEntry e : entries) {
            if (!e.stamped()) {
                throw new EvidenceNotReadyException("entry " + e.entryNumber() + " of " + e.serverId()
                        + " (query id " + queryId + ") is not time-stamped yet");
            }
        }
        try (Connection c = database.connect(); AsicWriter asic = new AsicWriter(out)) {
            asic.add("README.txt", EvidenceReadme.TEXT, "text/plain");
            for (LogEntry e : entries) {
                String folder = folderOf(e);
                EntryFiles.write(asic, folder, e);
                BatchRecord batch = new BatchStore(e.serverId()).batch(c, e.batchNumber()).orElseThrow(
                        () -> new MessageLogException("batch " + e.batchNumber() + " of entry " + e.entryNumber() + " is missing"));
                BatchFiles.write(asic, folder, batch);
                asic.add(folder + "tsa.pem", PemCertificates.toPem(tokenCertificates(batch.token())), "application/x-pem-file");
                if (signatures.verify(e.record().message()) instanceof SignatureCheck.Valid valid) {
                    asic.add(folder + "signer.pem", PemCertificates.toPem(List.of(valid.signer())), "application/x-pem-file");
                    asic.add(folder + "signer-chain.pem", PemCertificates.toPem(valid.signerChain()), "application/x-pem-file");
                }
            }
            asic.finish();
            return true;
        } catch (SQLException | IOException e) {
            throw new MessageLogException("cannot export evidence for query id " + queryId + ": " + e.getMessage(), e);
        }
    }

    /** The folder of one entry in the container, e.g. {@code VN_GOV_MPS_SS-MPS-17-request/}. */
    public static String folderOf(LogEntry e) {
        return e.serverId().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + e.entryNumber() + "-"
                + e.record().direction().name().toLowerCase(Locale.ROOT) + "/";
    }

    private List<LogEntry> entries(String queryId) {
        List<LogEntry> out = new ArrayList<>();
        try (Connection c = database.connect(); EntryCursor cursor = EntryReader.byQueryId(c, queryId)) {
            while (cursor.next()) {
                out.add(cursor.entry());
            }
            return out;
        } catch (SQLException e) {
            throw new MessageLogException("cannot read the log in " + database + ": " + e.getMessage(), e);
        } catch (UnreadableEntryException e) {
            throw new MessageLogException("refusing to export: " + e.getMessage() + " (run audit verify)", e);
        }
    }

    private static List<X509Certificate> tokenCertificates(byte[] token) {
        try {
            TimeStampToken t = new TimeStampToken(new CMSSignedData(token));
            List<X509Certificate> certs = new ArrayList<>();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (X509CertificateHolder h : t.getCertificates().getMatches(null)) {
                certs.add(converter.getCertificate(h));
            }
            return certs;
        } catch (Exception e) {
            throw new MessageLogException("unreadable time-stamp token: " + e.getMessage(), e);
        }
    }
}
