package vn.lienthong.routes.provider.npd;

import java.sql.SQLException;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

/** Reads the citizen's record for a validated query. */
final class LookUpCitizen implements Processor {

    private final CitizenRepository citizens;

    LookUpCitizen(CitizenRepository citizens) {
        this.citizens = citizens;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException, SQLException {
        GetCitizenQuery query = exchange.getIn().getMandatoryBody(GetCitizenQuery.class);
        exchange.getIn().setBody(citizens.lookup(query.pin()), CitizenLookup.class);
    }
}
