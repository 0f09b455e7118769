package vn.lienthong.routes.soap;

import java.util.Optional;

/** SOAP 1.1 or 1.2: their envelope namespaces, content types and fault shapes differ. */
public enum SoapVersion {
    SOAP_11(XRoadNames.SOAP11_NS, "text/xml; charset=UTF-8"),
    SOAP_12(XRoadNames.SOAP12_NS, "application/soap+xml; charset=UTF-8");

    private final String namespace;
    private final String contentType;

    SoapVersion(String namespace, String contentType) {
        this.namespace = namespace;
        this.contentType = contentType;
    }

    public String namespace() {
        return namespace;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<SoapVersion> ofNamespace(String ns) {
        for (SoapVersion v : values()) {
            if (v.namespace.equals(ns)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
