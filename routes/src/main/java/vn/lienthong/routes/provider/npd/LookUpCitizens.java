package vn.lienthong.routes.provider.npd;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

/** Reads the records a validated query asks for, within the mandate: one {@link Lookup} per number. */
final class LookUpCitizens implements Processor {

    private final CitizenReader reader;

    LookUpCitizens(CitizenReader reader) {
        this.reader = reader;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException, SQLException {
        CitizenQuery query = exchange.getIn().getMandatoryBody(CitizenQuery.class);
        QueryContext context = QueryContext.of(exchange);
        List<Lookup> lookups = new ArrayList<>();
        for (String pin : query.pins()) {
            lookups.add(reader.read(pin, context.mandate(), query.at()));
        }
        exchange.getIn().setBody(new Lookups(lookups));
    }

    /** The lookups of one query, in request order. */
    record Lookups(List<Lookup> all) {
    }
}
