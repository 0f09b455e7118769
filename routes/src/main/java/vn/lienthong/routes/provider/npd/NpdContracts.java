package vn.lienthong.routes.provider.npd;

import java.net.URL;
import java.util.Objects;

import javax.xml.namespace.QName;

/**
 * The NPD's contracts besides the query service ({@link vn.lienthong.wsdl.Contracts}): the update service
 * the source databases feed it through, and the change notification a subscriber implements.
 */
public final class NpdContracts {

    public static final String UPDATE_NAMESPACE = "https://lienthong.gov.vn/npd/update/v1";
    public static final String NOTIFICATION_NAMESPACE = "https://lienthong.gov.vn/npd/notification/v1";
    public static final String UPDATE_WSDL_RESOURCE = "wsdl/npd/npd-update.wsdl";
    public static final String NOTIFICATION_WSDL_RESOURCE = "wsdl/npd/npd-notification.wsdl";
    public static final QName UPDATE_SERVICE = new QName(UPDATE_NAMESPACE, "NpdUpdateService");
    public static final QName UPDATE_PORT = new QName(UPDATE_NAMESPACE, "NpdUpdatePort");
    public static final QName NOTIFICATION_SERVICE = new QName(NOTIFICATION_NAMESPACE, "NpdNotificationService");
    public static final QName NOTIFICATION_PORT = new QName(NOTIFICATION_NAMESPACE, "NpdNotificationPort");

    private NpdContracts() {
    }

    public static URL updateWsdl() {
        return resource(UPDATE_WSDL_RESOURCE);
    }

    public static URL notificationWsdl() {
        return resource(NOTIFICATION_WSDL_RESOURCE);
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(NpdContracts.class.getClassLoader().getResource(name),
                () -> "contract missing from the class path: " + name);
    }
}
