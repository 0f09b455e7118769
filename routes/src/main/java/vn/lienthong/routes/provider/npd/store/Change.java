package vn.lienthong.routes.provider.npd.store;

import java.time.Instant;
import java.util.Set;

import vn.lienthong.routes.provider.npd.record.CitizenRecord;

/**
 * One entry of the change feed: a new version of a citizen's record, numbered in the order the NPD
 * recorded it. {@code changedPaths} holds {@code *} for a new record.
 */
public record Change(long changeNumber, int versionNo, Instant recordedAt, String source, String eventType,
        Set<String> changedPaths, CitizenRecord record) {

    public String pin() {
        return record.personalIdentificationNumber().value();
    }
}
