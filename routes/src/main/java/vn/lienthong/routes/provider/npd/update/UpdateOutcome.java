package vn.lienthong.routes.provider.npd.update;

import java.util.List;
import java.util.Optional;

import vn.lienthong.routes.provider.npd.record.Violation;
import vn.lienthong.routes.provider.npd.store.Change;

/**
 * The answer to an update: its status, whether the update id was seen before (then nothing changed now),
 * the citizen's number (issued, for a birth), the new version, the rule violations or conflicts, and the
 * change it made (for the notifications: present when APPLIED, also when repeated).
 */
public record UpdateOutcome(String updateId, UpdateStatus status, boolean duplicate, String pin, Integer versionNo,
        List<Violation> violations, Optional<Change> change) {

    public UpdateOutcome {
        violations = List.copyOf(violations);
    }
}
