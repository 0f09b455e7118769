package vn.lienthong.routes.provider.npd;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;
import org.w3c.dom.Element;

import vn.lienthong.routes.provider.npd.mandate.Mandate;
import vn.lienthong.wsdl.Contracts;
import vn.lienthong.wsdl.npd.Verification;

/**
 * Answers verifyCitizen: NOT_PERMITTED unless the mandate covers every claimed field; otherwise the
 * outcome and, when FOUND, only MATCH or NO_MATCH. The checked fields go to the disclosure.
 */
final class AnswerVerifyCitizen implements Processor {

    private final CitizenReader reader;

    AnswerVerifyCitizen(CitizenReader reader) {
        this.reader = reader;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException, SQLException {
        ReadVerifyCitizen.Verification verification = exchange.getIn().getMandatoryBody(ReadVerifyCitizen.Verification.class);
        QueryContext context = QueryContext.of(exchange);
        List<String> fields = verification.claims().stream().map(ReadVerifyCitizen.Claim::field).distinct().toList();
        Optional<Mandate> mandate = context.mandate().filter(m -> fields.stream().allMatch(m::covers));
        Lookup lookup = reader.read(verification.pin(), mandate, null);
        Element response = Dom.root(Contracts.NPD_QUERY_NAMESPACE, "npd", "verifyCitizenResponse");
        Dom.text(response, "outcome", Outcomes.of(lookup));
        if (lookup instanceof Lookup.Found found) {
            boolean match = verification.claims().stream().allMatch(c -> c.holds().test(found.citizen().record()));
            Dom.text(response, "verification", (match ? Verification.MATCH : Verification.NO_MATCH).value());
            context.disclosed(verification.pin(), fields);
        }
        exchange.getIn().setBody(response);
    }
}
