package vn.lienthong.routes.metadata;

import java.util.Set;

/** The X-Road metadata services that every provider subsystem answers without an information system. */
public final class MetadataServiceCodes {

    public static final String LIST_METHODS = "listMethods";
    public static final String ALLOWED_METHODS = "allowedMethods";
    public static final String GET_WSDL = "getWsdl";
    public static final Set<String> ALL = Set.of(LIST_METHODS, ALLOWED_METHODS, GET_WSDL);

    private MetadataServiceCodes() {
    }

    public static boolean isMetadata(String serviceCode) {
        return ALL.contains(serviceCode);
    }
}
