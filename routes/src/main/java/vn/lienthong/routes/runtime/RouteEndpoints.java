package vn.lienthong.routes.runtime;

/** The internal {@code direct:} endpoints that link the security server's routes. */
public final class RouteEndpoints {

    /** The client proxy's message path, after HTTP. */
    public static final String CLIENT_PROXY = "direct:client-proxy";
    /** HTTP GET requests to the client proxy: listClients and wsdl. */
    public static final String METADATA_HTTP_GET = "direct:metadata-http-get";
    /** listMethods, allowedMethods and getWsdl, answered by the provider's server proxy. */
    public static final String METADATA_SERVICE = "direct:metadata-service";

    private RouteEndpoints() {
    }
}
