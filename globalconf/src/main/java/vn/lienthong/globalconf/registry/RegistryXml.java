package vn.lienthong.globalconf.registry;

import static vn.lienthong.globalconf.format.Xml.child;
import static vn.lienthong.globalconf.format.Xml.children;
import static vn.lienthong.globalconf.format.Xml.optional;
import static vn.lienthong.globalconf.format.Xml.required;
import static vn.lienthong.globalconf.format.Xml.textChild;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.global.MemberInfo;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.format.Xml;

/**
 * The registry's {@code federation.xml}: the shape of {@code vn.lienthong.conf.global.FederationFile}, except that
 * certificates travel inside the document (base64 DER) instead of as paths, so the file stands on its own. Settings
 * are a separate part ({@link SettingsXml}). Output is deterministic: members and servers in registry order, sets
 * sorted.
 *
 * <pre>{@code
 * <federation instance="VN">
 *   <approvedCa name="LienThong Demo CA">
 *     <rootCertificate>MIIB...</rootCertificate>
 *     <intermediateCertificate>MIIB...</intermediateCertificate>
 *     <ocspResponder url="http://127.0.0.1:8888/"/>
 *   </approvedCa>
 *   <approvedTsa name="LienThong Demo TSA" url="http://127.0.0.1:8889/"><certificate>MIIB...</certificate></approvedTsa>
 *   <member class="GOV" code="MPS" name="Ministry of Public Security">
 *     <certificate>MIIB...</certificate>
 *     <subsystem code="NPD"/>
 *   </member>
 *   <securityServer owner="VN/GOV/MPS" code="SS-MPS" host="127.0.0.1" port="5500">
 *     <authCertificateHash>4f0c...</authCertificateHash>
 *     <client id="VN/GOV/MPS/NPD"/>
 *   </securityServer>
 *   <globalGroup code="npd-consumers"><client id="VN/GOV/VPCP/PORTAL"/></globalGroup>
 * </federation>
 * }</pre>
 */
public final class RegistryXml {

    private RegistryXml() {
    }

    public static byte[] write(Registry registry) {
        Document doc = Xml.newDocument();
        Element root = doc.createElement("federation");
        doc.appendChild(root);
        root.setAttribute("instance", registry.instance());
        for (ApprovedCa ca : registry.approvedCas()) {
            Element e = child(root, "approvedCa");
            e.setAttribute("name", ca.name());
            textChild(e, "rootCertificate", Certificates.base64(ca.root()));
            for (X509Certificate i : ca.intermediates()) {
                textChild(e, "intermediateCertificate", Certificates.base64(i));
            }
            for (URI ocsp : ca.ocspResponders()) {
                child(e, "ocspResponder").setAttribute("url", ocsp.toString());
            }
        }
        for (ApprovedTsa tsa : registry.approvedTsas()) {
            Element e = child(root, "approvedTsa");
            e.setAttribute("name", tsa.name());
            e.setAttribute("url", tsa.url().toString());
            textChild(e, "certificate", Certificates.base64(tsa.certificate()));
        }
        for (MemberInfo m : registry.members()) {
            Element e = child(root, "member");
            e.setAttribute("class", m.id().memberClass());
            e.setAttribute("code", m.id().memberCode());
            e.setAttribute("name", m.name());
            if (m.certificate() != null) {
                textChild(e, "certificate", Certificates.base64(m.certificate()));
            }
            m.subsystems().stream().sorted().forEach(code -> child(e, "subsystem").setAttribute("code", code));
        }
        for (SecurityServerInfo s : registry.servers()) {
            Element e = child(root, "securityServer");
            e.setAttribute("owner", s.id().owner().toString());
            e.setAttribute("code", s.id().serverCode());
            e.setAttribute("host", s.host());
            e.setAttribute("port", Integer.toString(s.port()));
            s.authCertHashes().stream().sorted().forEach(h -> textChild(e, "authCertificateHash", h));
            clients(e, s.clients());
        }
        registry.groups().forEach((code, clients) -> {
            Element e = child(root, "globalGroup");
            e.setAttribute("code", code);
            clients(e, clients);
        });
        return Xml.write(doc);
    }

    /** Reads {@code federation.xml} bytes; {@code what} names the source in errors. */
    public static Registry read(byte[] bytes, GlobalSettings settings, String what) {
        Element root = Xml.parse(bytes, what);
        Xml.requireRoot(root, "federation", what);
        String instance = required(root, "instance", what);
        List<ApprovedCa> cas = new ArrayList<>();
        for (Element e : children(root, "approvedCa")) {
            String name = required(e, "name", what);
            List<Element> roots = children(e, "rootCertificate");
            if (roots.size() != 1) {
                throw new ConfException(what + ": approved CA " + name + " needs exactly one <rootCertificate>");
            }
            List<X509Certificate> intermediates = new ArrayList<>();
            for (Element i : children(e, "intermediateCertificate")) {
                intermediates.add(Certificates.fromBase64(i.getTextContent(), what + ": intermediate of CA " + name));
            }
            List<URI> ocsp = new ArrayList<>();
            for (Element o : children(e, "ocspResponder")) {
                ocsp.add(uri(required(o, "url", what), what));
            }
            cas.add(new ApprovedCa(name, Certificates.fromBase64(roots.get(0).getTextContent(),
                    what + ": root of CA " + name), intermediates, ocsp));
        }
        List<ApprovedTsa> tsas = new ArrayList<>();
        for (Element e : children(root, "approvedTsa")) {
            String name = required(e, "name", what);
            List<Element> cert = children(e, "certificate");
            if (cert.size() != 1) {
                throw new ConfException(what + ": approved TSA " + name + " needs exactly one <certificate>");
            }
            tsas.add(new ApprovedTsa(name, uri(required(e, "url", what), what),
                    Certificates.fromBase64(cert.get(0).getTextContent(), what + ": certificate of TSA " + name)));
        }
        List<MemberInfo> members = new ArrayList<>();
        for (Element e : children(root, "member")) {
            MemberId id = parse(what, "member", () -> new MemberId(instance, required(e, "class", what),
                    required(e, "code", what)));
            Set<String> subsystems = new HashSet<>();
            for (Element s : children(e, "subsystem")) {
                subsystems.add(required(s, "code", what));
            }
            List<Element> cert = children(e, "certificate");
            X509Certificate certificate = cert.isEmpty() ? null
                    : Certificates.fromBase64(cert.get(0).getTextContent(), what + ": certificate of member " + id);
            members.add(new MemberInfo(id, required(e, "name", what), subsystems, certificate));
        }
        List<SecurityServerInfo> servers = new ArrayList<>();
        for (Element e : children(root, "securityServer")) {
            SecurityServerId id = parse(what, "security server", () -> new SecurityServerId(
                    MemberId.parse(required(e, "owner", what)), required(e, "code", what)));
            Set<String> hashes = new HashSet<>();
            for (Element h : children(e, "authCertificateHash")) {
                hashes.add(h.getTextContent().trim().toLowerCase(Locale.ROOT));
            }
            int port = parse(what, "port of " + id, () -> Integer.parseInt(required(e, "port", what)));
            servers.add(new SecurityServerInfo(id, required(e, "host", what), port, hashes, clients(e, what)));
        }
        Map<String, Set<ClientId>> groups = new LinkedHashMap<>();
        for (Element e : children(root, "globalGroup")) {
            groups.put(required(e, "code", what), clients(e, what));
        }
        return new Registry(instance, members, servers, cas, tsas, groups, settings);
    }

    private static void clients(Element parent, Set<ClientId> clients) {
        clients.stream().sorted(Comparator.comparing(ClientId::toString))
                .forEach(c -> child(parent, "client").setAttribute("id", c.toString()));
    }

    private static Set<ClientId> clients(Element parent, String what) {
        Set<ClientId> result = new HashSet<>();
        for (Element c : children(parent, "client")) {
            result.add(parse(what, "client id", () -> ClientId.parse(required(c, "id", what))));
        }
        return result;
    }

    private static URI uri(String text, String what) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new ConfException(what + ": bad URL '" + text + "': " + e.getMessage(), e);
        }
    }

    private static <T> T parse(String what, String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ConfException(what + ": bad " + field + ": " + e.getMessage(), e);
        }
    }
}
