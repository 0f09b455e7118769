package vn.lienthong.routes.provider.npd;

import vn.lienthong.wsdl.npd.QueryOutcome;

/** The outcome element's value for a lookup. */
final class Outcomes {

    private Outcomes() {
    }

    static String of(Lookup lookup) {
        QueryOutcome outcome;
        if (lookup instanceof Lookup.Found) {
            outcome = QueryOutcome.FOUND;
        } else if (lookup instanceof Lookup.NotPermitted) {
            outcome = QueryOutcome.NOT_PERMITTED;
        } else {
            outcome = QueryOutcome.NOT_FOUND;
        }
        return outcome.value();
    }
}
