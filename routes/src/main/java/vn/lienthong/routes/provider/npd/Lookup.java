package vn.lienthong.routes.provider.npd;

import java.util.List;

import vn.lienthong.routes.provider.npd.store.HouseholdMember;
import vn.lienthong.routes.provider.npd.store.StoredCitizen;

/** What a query finds for one identification number: the three outcomes of Circular 13/2017/TT-BTTTT Art. 8. */
sealed interface Lookup {

    String pin();

    /** The record exists and this caller may receive (part of) it. */
    record Found(String pin, StoredCitizen citizen, List<HouseholdMember> household) implements Lookup {
    }

    /** No record has this number (or had it at the time asked about). */
    record Absent(String pin) implements Lookup {
    }

    /** The caller has no mandate for its purpose, or the record is closed to disclosure. */
    record NotPermitted(String pin) implements Lookup {
    }
}
