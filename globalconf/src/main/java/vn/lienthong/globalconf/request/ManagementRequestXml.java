package vn.lienthong.globalconf.request;

import static vn.lienthong.globalconf.format.Xml.child;
import static vn.lienthong.globalconf.format.Xml.children;
import static vn.lienthong.globalconf.format.Xml.required;
import static vn.lienthong.globalconf.format.Xml.textChild;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.format.Xml;

/**
 * The XML a requester signs:
 *
 * <pre>{@code
 * <managementRequest type="registerAuthCertificate" requester="VN/GOV/MPS" server="VN/GOV/MPS/SS-MPS"
 *                    created="2025-03-01T08:00:00Z">
 *   <client id="VN/GOV/MPS/NPD"/>              <!-- registerSubsystem, deleteClient -->
 *   <address host="10.0.0.5" port="5500"/>      <!-- registerAuthCertificate, changeAddress -->
 *   <authCertificate>MIIB...</authCertificate>  <!-- registerAuthCertificate -->
 * </managementRequest>
 * }</pre>
 */
public final class ManagementRequestXml {

    private ManagementRequestXml() {
    }

    public static byte[] write(RequestDocument document) {
        ManagementRequest r = document.request();
        Document doc = Xml.newDocument();
        Element root = doc.createElement("managementRequest");
        doc.appendChild(root);
        root.setAttribute("type", r.type());
        root.setAttribute("requester", r.requester().toString());
        root.setAttribute("server", r.server().toString());
        root.setAttribute("created", document.createdAt().toString());
        if (r instanceof RegisterSubsystem s) {
            child(root, "client").setAttribute("id", s.client().toString());
        } else if (r instanceof DeleteClient d) {
            child(root, "client").setAttribute("id", d.client().toString());
        } else if (r instanceof ChangeAddress c) {
            address(root, c.host(), c.port());
        } else if (r instanceof RegisterAuthCertificate a) {
            address(root, a.host(), a.port());
            textChild(root, "authCertificate", Certificates.base64(a.certificate()));
        }
        return Xml.write(doc);
    }

    public static RequestDocument read(byte[] bytes, String what) {
        Element root = Xml.parse(bytes, what);
        Xml.requireRoot(root, "managementRequest", what);
        try {
            MemberId requester = MemberId.parse(required(root, "requester", what));
            SecurityServerId server = SecurityServerId.parse(required(root, "server", what));
            Instant created = Instant.parse(required(root, "created", what));
            String type = required(root, "type", what);
            ManagementRequest request = switch (type) {
                case RegisterSubsystem.TYPE -> new RegisterSubsystem(requester, server, client(root, what));
                case DeleteClient.TYPE -> new DeleteClient(requester, server, client(root, what));
                case ChangeAddress.TYPE -> {
                    Element a = one(root, "address", what);
                    yield new ChangeAddress(requester, server, required(a, "host", what), port(a, what));
                }
                case RegisterAuthCertificate.TYPE -> {
                    Element a = one(root, "address", what);
                    yield new RegisterAuthCertificate(requester, server, required(a, "host", what), port(a, what),
                            Certificates.fromBase64(one(root, "authCertificate", what).getTextContent(),
                                    what + ": authCertificate"));
                }
                case DeleteServer.TYPE -> new DeleteServer(requester, server);
                default -> throw new ConfException(what + ": unknown request type '" + type + "'");
            };
            return new RequestDocument(request, created);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ConfException(what + ": " + e.getMessage(), e);
        }
    }

    private static void address(Element root, String host, int port) {
        Element a = child(root, "address");
        a.setAttribute("host", host);
        a.setAttribute("port", Integer.toString(port));
    }

    private static ClientId client(Element root, String what) {
        return ClientId.parse(required(one(root, "client", what), "id", what));
    }

    private static int port(Element address, String what) {
        return Integer.parseInt(required(address, "port", what));
    }

    private static Element one(Element root, String name, String what) {
        List<Element> found = children(root, name);
        if (found.size() != 1) {
            throw new ConfException(what + ": a " + required(root, "type", what) + " request needs exactly one <"
                    + name + ">");
        }
        return found.get(0);
    }
}
