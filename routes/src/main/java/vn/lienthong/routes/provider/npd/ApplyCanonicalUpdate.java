package vn.lienthong.routes.provider.npd;

import java.sql.SQLException;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.routes.provider.npd.update.CanonicalUpdate;
import vn.lienthong.routes.provider.npd.update.UpdateApplier;

/** Apply: the canonical update to the record, idempotently, holding conflicts ({@link UpdateApplier}). */
final class ApplyCanonicalUpdate implements Processor {

    private final UpdateApplier applier;

    ApplyCanonicalUpdate(UpdateApplier applier) {
        this.applier = applier;
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException, SQLException {
        exchange.getIn().setBody(applier.apply(exchange.getIn().getMandatoryBody(CanonicalUpdate.class)));
    }
}
