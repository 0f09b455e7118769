package vn.lienthong.routes.provider.npd;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.routes.provider.npd.record.PersonalIdentificationNumber;
import vn.lienthong.routes.provider.npd.update.transform.SourceRecordTransformer;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;

/**
 * Validate: the update names its source (the X-Road client, authenticated by the security server), has
 * an id, an event, a time, exactly one record, and the citizen's well-formed number unless it registers a
 * birth. Names the record's kind for the transform step's content-based routing.
 */
final class ValidateUpdateRequest implements Processor {

    /** Header naming the kind of source record: the element name inside applyUpdate. */
    static final String RECORD_KIND = "NpdSourceRecord";

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        ApplyUpdateRequest request = exchange.getIn().getMandatoryBody(ApplyUpdateRequest.class);
        String source = QueryContext.of(exchange).consumer();
        if (source == null) {
            throw UpdateFaults.invalid(UpdateFaults.UNKNOWN_SOURCE,
                    "The update names no source: send it with the X-Road client header of the source system.");
        }
        if (blank(request.getUpdateId()) || blank(request.getEventType()) || request.getMetadata() == null
                || request.getMetadata().getRecordedAt() == null) {
            throw UpdateFaults.invalid(UpdateFaults.MALFORMED, "An update needs updateId, eventType and metadata/recordedAt.");
        }
        String kind = SourceRecordKind.of(request);
        if (kind == null) {
            throw UpdateFaults.invalid(UpdateFaults.MALFORMED, "An update carries changes or exactly one source record.");
        }
        boolean birth = kind.equals("birthRegistration");
        String pin = request.getPersonalIdentificationNumber();
        if (!birth && !PersonalIdentificationNumber.isWellFormed(pin)) {
            throw UpdateFaults.invalid(UpdateFaults.MISSING_PIN,
                    "An update of an existing citizen names the citizen's 12-digit personal identification number.");
        }
        if (birth && pin != null) {
            throw UpdateFaults.invalid(UpdateFaults.MALFORMED, "A birth registration names no number: the NPD issues it.");
        }
        exchange.setProperty(SourceRecordTransformer.SOURCE, source);
        exchange.getIn().setHeader(RECORD_KIND, kind);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
