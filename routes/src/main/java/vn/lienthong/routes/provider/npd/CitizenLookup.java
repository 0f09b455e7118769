package vn.lienthong.routes.provider.npd;

/** What the NPD holds for one identification number: the three outcomes of Circular 13/2017/TT-BTTTT Art. 8. */
sealed interface CitizenLookup {

    /** The record exists and may be disclosed. */
    record Found(CitizenRecord citizen) implements CitizenLookup {
    }

    /** No record has this identification number. */
    record Absent() implements CitizenLookup {
    }

    /** A record exists but is not disclosed to this caller. */
    record Restricted() implements CitizenLookup {
    }
}
