package vn.lienthong.routes.provider.npd;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;
import org.w3c.dom.Element;

import vn.lienthong.routes.provider.npd.mandate.ChangeCoverage;
import vn.lienthong.routes.provider.npd.mandate.Mandate;
import vn.lienthong.routes.provider.npd.store.Change;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.wsdl.Contracts;
import vn.lienthong.wsdl.npd.QueryOutcome;

/**
 * Answers getChangesSince: the page of changes after the given time and change number, each listed only
 * when the mandate covers a changed field, and carrying only those fields. {@code more} and
 * {@code lastChangeNumber} let the caller read on.
 */
final class AnswerGetChangesSince implements Processor {

    private final CitizenStore store;

    AnswerGetChangesSince(CitizenStore store) {
        this.store = store;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException, SQLException {
        ReadGetChangesSince.ChangesQuery query = exchange.getIn().getMandatoryBody(ReadGetChangesSince.ChangesQuery.class);
        QueryContext context = QueryContext.of(exchange);
        Element response = Dom.root(Contracts.NPD_QUERY_NAMESPACE, "npd", "getChangesSinceResponse");
        if (context.mandate().isEmpty()) {
            Dom.text(response, "outcome", QueryOutcome.NOT_PERMITTED.value());
            exchange.getIn().setBody(response);
            return;
        }
        Mandate mandate = context.mandate().get();
        List<Change> page = store.changesSince(query.since(), query.afterChangeNumber(), query.maxChanges());
        Element outcome = Dom.text(response, "outcome", QueryOutcome.NOT_FOUND.value());
        for (Change change : page) {
            Set<String> covered = ChangeCoverage.coveredGroups(change.changedPaths(), mandate);
            if (covered.isEmpty()) {
                continue;
            }
            outcome.setTextContent(QueryOutcome.FOUND.value());
            Element element = Dom.child(response, "change");
            Dom.text(element, "changeNumber", Long.toString(change.changeNumber()));
            Dom.text(element, "recordedAt", change.recordedAt().toString());
            Dom.text(element, "eventType", change.eventType());
            covered.forEach(group -> Dom.text(element, "changedField", group));
            context.disclosed(change.pin(), CitizenXml.append(element, "citizen", change.record(), covered, List.of()));
        }
        Dom.text(response, "more", Boolean.toString(page.size() == query.maxChanges()));
        if (!page.isEmpty()) {
            Dom.text(response, "lastChangeNumber", Long.toString(page.get(page.size() - 1).changeNumber()));
        }
        exchange.getIn().setBody(response);
    }
}
