package vn.lienthong.routes.provider.npd.update.transform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.routes.provider.npd.update.CanonicalUpdate;
import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.routes.provider.npd.update.UpdateMetadata;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;
import vn.lienthong.wsdl.npd.update.Place;

/**
 * The transform step of the update pipeline: one source record format (a birth registration, a residence
 * registration, a card issuance, ...) into the NPD's canonical update. Subclasses say which fields the
 * record changes; this base carries the update id, citizen, source, event and metadata across.
 */
public abstract class SourceRecordTransformer implements Processor {

    /** Exchange property holding the update's source: the X-Road client id of the feeding system. */
    public static final String SOURCE = "NpdUpdateSource";

    @Override
    public final void process(Exchange exchange) throws InvalidPayloadException {
        ApplyUpdateRequest request = exchange.getIn().getMandatoryBody(ApplyUpdateRequest.class);
        List<FieldChange> changes = new ArrayList<>();
        changes(request, changes);
        Instant recordedAt = request.getMetadata().getRecordedAt().toGregorianCalendar().toInstant();
        exchange.getIn().setBody(new CanonicalUpdate(request.getUpdateId(), request.getPersonalIdentificationNumber(),
                registrationProvince(request), exchange.getProperty(SOURCE, String.class), request.getEventType(),
                new UpdateMetadata(recordedAt, request.getMetadata().getLegalBasis(),
                        request.getMetadata().getDocumentNumber(), request.getMetadata().getOfficer()),
                changes));
    }

    /** Adds the canonical changes the source record makes. */
    protected abstract void changes(ApplyUpdateRequest request, List<FieldChange> changes);

    /** For a record of a new citizen: the province of registration (two digits); null otherwise. */
    protected String registrationProvince(ApplyUpdateRequest request) {
        return null;
    }

    protected static void set(List<FieldChange> changes, String path, Object value) {
        changes.add(FieldChange.set(path, value == null ? null : value.toString()));
    }

    /** The four fields of an address group from a source's place. */
    protected static void place(List<FieldChange> changes, String group, Place place) {
        set(changes, group + ".provinceCode", place.getProvinceCode());
        set(changes, group + ".districtCode", place.getDistrictCode());
        set(changes, group + ".communeCode", place.getCommuneCode());
        set(changes, group + ".detail", place.getDetail());
    }
}
