package vn.lienthong.routes.soap;

import java.util.List;
import javax.xml.namespace.QName;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.ServiceId;

/** The X-Road protocol 4.0 headers of one request, and which header elements it carried, in order. */
public record XRoadHeaders(ClientId client, ServiceId service, String id, String userId, String issue,
        String protocolVersion, List<QName> present) {

    public XRoadHeaders {
        present = List.copyOf(present);
    }
}
