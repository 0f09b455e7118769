package vn.lienthong.routes.provider.npd.update;

import java.util.List;
import java.util.Objects;

/**
 * An update in the NPD's canonical form, whatever record format the source sent: its id (unique per
 * source system), the citizen (null when the NPD is to issue a number: a birth registration, with the
 * province of registration that number starts with), the source (X-Road client id), the event, the
 * metadata and the changed fields.
 */
public record CanonicalUpdate(String updateId, String pin, String registrationProvince, String source, String eventType,
        UpdateMetadata metadata, List<FieldChange> changes) {

    public CanonicalUpdate {
        Objects.requireNonNull(updateId, "updateId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(metadata, "metadata");
        changes = List.copyOf(changes);
        if (pin == null && registrationProvince == null) {
            throw new IllegalArgumentException("an update names its citizen, or the province of registration for a new one");
        }
    }

    /** Whether this update records a new citizen, for whom the NPD issues the number. */
    public boolean issuesNumber() {
        return pin == null;
    }

    public CanonicalUpdate withPin(String issued) {
        return new CanonicalUpdate(updateId, issued, registrationProvince, source, eventType, metadata, changes);
    }
}
