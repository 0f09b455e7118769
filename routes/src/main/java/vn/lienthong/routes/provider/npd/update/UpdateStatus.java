package vn.lienthong.routes.provider.npd.update;

/** What became of an update (the values of npd-update.xsd UpdateStatus and of the citizen_update table). */
public enum UpdateStatus {
    /** A new version was recorded. */
    APPLIED,
    /** The record already held these values. */
    UNCHANGED,
    /** It conflicts with what another source said: held for an operator (Decree 37/2021). */
    HELD,
    /** It breaks the record rules. */
    REJECTED
}
