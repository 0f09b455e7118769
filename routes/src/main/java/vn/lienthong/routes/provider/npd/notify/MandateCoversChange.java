package vn.lienthong.routes.provider.npd.notify;

import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

import vn.lienthong.routes.provider.npd.mandate.ChangeCoverage;
import vn.lienthong.routes.provider.npd.mandate.Mandates;

/**
 * Content-based routing by mandate: a notice goes out only when the subscriber's mandate for the purpose
 * it subscribed with (as the mandates stand now) covers at least one changed field.
 */
public final class MandateCoversChange implements Predicate {

    private final Mandates mandates;

    public MandateCoversChange(Mandates mandates) {
        this.mandates = mandates;
    }

    @Override
    public boolean matches(Exchange exchange) {
        PendingNotice notice = exchange.getIn().getBody(PendingNotice.class);
        return mandates.find(notice.subscription().consumer(), notice.subscription().purpose())
                .map(m -> !ChangeCoverage.coveredGroups(notice.change().changedPaths(), m).isEmpty())
                .orElse(false);
    }
}
