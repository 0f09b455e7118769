package vn.lienthong.routes.provider.npd;

import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.wsdl.npd.GetChangesSinceRequest;
import vn.lienthong.wsdl.npd.RequestFaultCode;

/** Checks a getChangesSince request: a time, a purpose, a page of 1 to 1000 changes (100 unless asked). */
final class ReadGetChangesSince implements Processor {

    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 1000;

    /** A validated change-feed request. */
    record ChangesQuery(Instant since, long afterChangeNumber, int maxChanges) {
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        GetChangesSinceRequest request = exchange.getIn().getMandatoryBody(GetChangesSinceRequest.class);
        if (request.getSince() == null) {
            throw NpdFaults.invalidRequest(RequestFaultCode.INVALID_TIME, "since", "since is missing: give an xs:dateTime.");
        }
        QueryContext.of(exchange).purpose(QueryRules.purpose(request.getPurpose()));
        Integer max = request.getMaxChanges();
        if (max != null && (max < 1 || max > MAX_PAGE)) {
            throw NpdFaults.invalidRequest(RequestFaultCode.MALFORMED_REQUEST, "maxChanges",
                    "maxChanges is 1 to " + MAX_PAGE + ".");
        }
        Long after = request.getAfterChangeNumber();
        exchange.getIn().setBody(new ChangesQuery(VietnamTime.instant(request.getSince()), after == null ? 0 : after,
                max == null ? DEFAULT_PAGE : max));
    }
}
