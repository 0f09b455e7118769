package vn.lienthong.messagelog.evidence;

import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.messagelog.MessageLogException;
import vn.lienthong.messagelog.asic.AsicWriter;

/**
 * The logic of the evidence endpoint (like X-Road's {@code /asic}), for the security server to mount on its admin
 * port: {@code GET /evidence?queryId=ID} answers
 * <ul>
 *   <li>200 {@code application/vnd.etsi.asic-e+zip}, file {@code evidence-<queryId>.asice}: the container;</li>
 *   <li>400 when the query id is missing or malformed; 404 when no entry has it;</li>
 *   <li>409 when an entry still waits for its time-stamp (retry after the next stamping round);</li>
 *   <li>500 when the log cannot be read.</li>
 * </ul>
 * Access control is the mounting side's job: the container holds personal data.
 */
public final class EvidenceService {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceService.class);
    private static final Pattern QUERY_ID = Pattern.compile("[\\p{Alnum}._:@/+=-]{1,255}");

    private final EvidenceExporter exporter;

    public EvidenceService(EvidenceExporter exporter) {
        this.exporter = exporter;
    }

    public EvidenceResponse handle(String queryId) {
        if (queryId == null || !QUERY_ID.matcher(queryId).matches()) {
            return EvidenceResponse.text(400, "queryId is required (letters, digits and . _ : @ / + = -)");
        }
        try {
            Optional<byte[]> container = exporter.export(queryId);
            if (container.isEmpty()) {
                return EvidenceResponse.text(404, "no logged exchange has query id " + queryId);
            }
            String file = "evidence-" + queryId.replaceAll("[^A-Za-z0-9_.-]", "_") + ".asice";
            return new EvidenceResponse(200, AsicWriter.MIME_TYPE, file, container.get());
        } catch (EvidenceNotReadyException e) {
            return EvidenceResponse.text(409, e.getMessage());
        } catch (MessageLogException e) {
            LOG.error("evidence export for query id {} failed: {}", queryId, e.toString());
            return EvidenceResponse.text(500, "the message log cannot be read");
        }
    }
}
