package vn.lienthong.routes.provider.npd.store;

import java.time.Instant;

import vn.lienthong.routes.provider.npd.record.CitizenRecord;

/** A version of a citizen's record as stored: the record, its number and when and from whom it came. */
public record StoredCitizen(CitizenRecord record, int versionNo, Instant recordedAt, String source, String eventType) {
}
