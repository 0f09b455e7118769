package vn.lienthong.routes.provider.npd.record;

import java.util.Arrays;
import java.util.Optional;

/** The events a version records and a subscriber can ask to be told about. */
public enum LifeEvent {
    BIRTH_REGISTERED,
    DEATH_REGISTERED,
    MARRIAGE_REGISTERED,
    DIVORCE_REGISTERED,
    NAME_CHANGED,
    PERMANENT_RESIDENCE_CHANGED,
    TEMPORARY_RESIDENCE_CHANGED,
    TEMPORARY_ABSENCE_DECLARED,
    IDENTITY_CARD_ISSUED,
    IDENTITY_CARD_EXPIRED,
    HEALTH_INSURANCE_ENROLLED,
    RECORD_CORRECTED;

    public static Optional<LifeEvent> byName(String name) {
        return Arrays.stream(values()).filter(e -> e.name().equals(name)).findFirst();
    }
}
