package vn.lienthong.routes.provider.npd.update;

import java.time.Instant;
import java.util.List;

import vn.lienthong.routes.provider.npd.record.Violation;

/** An update held for review (Decree 37/2021): what it would change and the conflicts that stopped it. */
public record HeldUpdate(String updateId, String pin, String source, String eventType, Instant receivedAt,
        List<FieldChange> changes, List<Violation> conflicts) {

    public HeldUpdate {
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
    }
}
