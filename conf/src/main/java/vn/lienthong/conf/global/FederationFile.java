package vn.lienthong.conf.global;

import static vn.lienthong.conf.xml.ConfXml.children;
import static vn.lienthong.conf.xml.ConfXml.optional;
import static vn.lienthong.conf.xml.ConfXml.required;

import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.w3c.dom.Element;
import vn.lienthong.conf.CertificateFiles;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.xml.ConfXml;

/**
 * The federation as a static XML file ({@code federation.xml}): the stand-in for a signed global
 * configuration. Certificate files are resolved relative to the file's folder.
 *
 * <pre>{@code
 * <federation instance="VN">
 *   <approvedCa name="LienThong Demo CA" root="pki/ca/root.pem" intermediate="pki/ca/intermediate.pem"
 *               ocsp="http://127.0.0.1:8091/"/>
 *   <member class="GOV" code="MPS" name="Ministry of Public Security" certificate="pki/members/VN_GOV_MPS.pem">
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
public final class FederationFile implements GlobalConf {

    private final String instance;
    private final Map<MemberId, MemberInfo> members;
    private final List<SecurityServerInfo> servers;
    private final List<X509Certificate> roots;
    private final List<X509Certificate> intermediates;
    private final Map<String, Set<ClientId>> groups;
    private final Map<X500Principal, URI> ocspResponders;

    private FederationFile(String instance, Map<MemberId, MemberInfo> members, List<SecurityServerInfo> servers,
            List<X509Certificate> roots, List<X509Certificate> intermediates, Map<String, Set<ClientId>> groups,
            Map<X500Principal, URI> ocspResponders) {
        this.instance = instance;
        this.members = Map.copyOf(members);
        this.servers = List.copyOf(servers);
        this.roots = List.copyOf(roots);
        this.intermediates = List.copyOf(intermediates);
        this.groups = Map.copyOf(groups);
        this.ocspResponders = Map.copyOf(ocspResponders);
    }

    public static FederationFile load(Path file) {
        Element root = ConfXml.read(file);
        Path base = file.toAbsolutePath().getParent();
        String instance = required(root, "instance", file);

        List<X509Certificate> roots = new ArrayList<>();
        List<X509Certificate> intermediates = new ArrayList<>();
        Map<X500Principal, URI> ocsp = new LinkedHashMap<>();
        for (Element ca : children(root, "approvedCa")) {
            List<X509Certificate> caRoots = CertificateFiles.read(base.resolve(required(ca, "root", file)));
            roots.addAll(caRoots);
            String intermediate = optional(ca, "intermediate");
            List<X509Certificate> issuing = intermediate == null ? caRoots : CertificateFiles.read(base.resolve(intermediate));
            if (intermediate != null) {
                intermediates.addAll(issuing);
            }
            String responder = optional(ca, "ocsp");
            if (responder != null) {
                URI uri = parse(file, "ocsp URL", () -> URI.create(responder));
                issuing.forEach(c -> ocsp.put(c.getSubjectX500Principal(), uri));
            }
        }
        if (roots.isEmpty()) {
            throw new ConfException(file + ": no <approvedCa>: a federation needs at least one approved CA");
        }

        Map<MemberId, MemberInfo> members = new LinkedHashMap<>();
        for (Element m : children(root, "member")) {
            MemberId id = new MemberId(instance, required(m, "class", file), required(m, "code", file));
            Set<String> subsystems = new HashSet<>();
            for (Element s : children(m, "subsystem")) {
                subsystems.add(required(s, "code", file));
            }
            String certFile = optional(m, "certificate");
            X509Certificate cert = certFile == null ? null : CertificateFiles.read(base.resolve(certFile)).get(0);
            if (members.put(id, new MemberInfo(id, required(m, "name", file), subsystems, cert)) != null) {
                throw new ConfException(file + ": member " + id + " is listed twice");
            }
        }

        List<SecurityServerInfo> servers = new ArrayList<>();
        for (Element s : children(root, "securityServer")) {
            MemberId owner = parse(file, "owner", () -> MemberId.parse(required(s, "owner", file)));
            SecurityServerId id = new SecurityServerId(owner, required(s, "code", file));
            requireMember(file, members, owner, "owner of security server " + id);
            Set<String> hashes = new HashSet<>();
            for (Element h : children(s, "authCertificateHash")) {
                hashes.add(h.getTextContent().trim().toLowerCase(Locale.ROOT));
            }
            Set<ClientId> clients = new HashSet<>();
            for (Element c : children(s, "client")) {
                ClientId client = parse(file, "client id", () -> ClientId.parse(required(c, "id", file)));
                requireClient(file, members, client, "client of security server " + id);
                clients.add(client);
            }
            int port = parse(file, "port", () -> Integer.parseInt(required(s, "port", file)));
            servers.add(new SecurityServerInfo(id, required(s, "host", file), port, hashes, clients));
        }

        Map<String, Set<ClientId>> groups = new LinkedHashMap<>();
        for (Element g : children(root, "globalGroup")) {
            Set<ClientId> groupMembers = new HashSet<>();
            for (Element c : children(g, "client")) {
                groupMembers.add(parse(file, "client id", () -> ClientId.parse(required(c, "id", file))));
            }
            groups.put(required(g, "code", file), groupMembers);
        }
        return new FederationFile(instance, members, servers, roots, intermediates, groups, ocsp);
    }

    private static void requireMember(Path file, Map<MemberId, MemberInfo> members, MemberId id, String role) {
        if (!members.containsKey(id)) {
            throw new ConfException(file + ": " + role + " is " + id + ", which is not a <member>");
        }
    }

    private static void requireClient(Path file, Map<MemberId, MemberInfo> members, ClientId id, String role) {
        requireMember(file, members, id.member(), role);
        if (id.isSubsystem() && !members.get(id.member()).subsystems().contains(id.subsystemCode())) {
            throw new ConfException(file + ": " + role + " is " + id + ", but member " + id.member()
                    + " has no <subsystem code=\"" + id.subsystemCode() + "\"/>");
        }
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Path file, String what, Parse<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ConfException(file + ": bad " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String instance() {
        return instance;
    }

    @Override
    public List<MemberInfo> members() {
        return List.copyOf(members.values());
    }

    @Override
    public Optional<MemberInfo> member(MemberId id) {
        return Optional.ofNullable(members.get(id));
    }

    @Override
    public List<SecurityServerInfo> securityServers() {
        return servers;
    }

    @Override
    public List<X509Certificate> approvedCaRoots() {
        return roots;
    }

    @Override
    public List<X509Certificate> approvedCaIntermediates() {
        return intermediates;
    }

    @Override
    public Map<X500Principal, URI> ocspResponders() {
        return ocspResponders;
    }

    @Override
    public boolean isInGroup(ClientId client, String groupCode) {
        Set<ClientId> group = groups.get(groupCode);
        return group != null && group.contains(client);
    }

    /** A federation file does not expire: only a downloaded global configuration does. */
    @Override
    public Instant expiresAt() {
        return Instant.MAX;
    }
}
