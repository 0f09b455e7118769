package vn.lienthong.routes.provider.npd;

import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Error policy of the NPD routes, opted into by id. The SOAP entry route answers every failure with
 * a SOAP fault ({@link NpdFaults}); operation routes handle nothing themselves, so their failures
 * reach the entry route's policy.
 */
final class NpdErrorPolicy extends RouteConfigurationBuilder {

    static final String SOAP_ENTRY = "npd-soap-entry";
    static final String OPERATION = "npd-operation";

    @Override
    public void configuration() {
        routeConfiguration(SOAP_ENTRY)
                .onException(Exception.class)
                    .handled(true)
                    .process(NpdFaults::replyWithFault);

        routeConfiguration(OPERATION)
                .errorHandler(noErrorHandler());
    }
}
