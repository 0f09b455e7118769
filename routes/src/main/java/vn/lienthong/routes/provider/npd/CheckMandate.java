package vn.lienthong.routes.provider.npd;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import vn.lienthong.routes.provider.npd.mandate.Mandates;

/**
 * Resolves the consumer's mandate for the stated purpose (Decree 137/2015 Art. 11). None means every
 * answer of this request is NOT_PERMITTED, decided before any record is read.
 */
final class CheckMandate implements Processor {

    private final Mandates mandates;

    CheckMandate(Mandates mandates) {
        this.mandates = mandates;
    }

    @Override
    public void process(Exchange exchange) {
        QueryContext context = QueryContext.of(exchange);
        mandates.find(context.consumer(), context.purpose()).ifPresent(context::mandate);
    }
}
