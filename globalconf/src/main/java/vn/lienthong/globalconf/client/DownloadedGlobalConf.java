package vn.lienthong.globalconf.client;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lienthong.conf.global.GlobalConf;
import vn.lienthong.conf.global.MemberInfo;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.globalconf.registry.ApprovedCa;
import vn.lienthong.globalconf.registry.ApprovedTsa;
import vn.lienthong.globalconf.registry.GlobalSettings;
import vn.lienthong.globalconf.registry.Registry;

/**
 * One verified bundle as the security server reads it: an immutable {@link GlobalConf} that expires when the bundle
 * does, plus what the bundle adds to the interface (version, settings, OCSP responders, TSAs).
 */
public final class DownloadedGlobalConf implements GlobalConf {

    private final Registry registry;
    private final long version;
    private final Instant publishedAt;
    private final Instant expiresAt;
    private final Map<MemberId, MemberInfo> members;
    private final List<X509Certificate> roots;
    private final List<X509Certificate> intermediates;

    DownloadedGlobalConf(VerifiedBundle bundle) {
        this.registry = bundle.content().registry();
        this.version = bundle.directory().version();
        this.publishedAt = bundle.directory().publishedAt();
        this.expiresAt = bundle.directory().expiresAt();
        this.members = registry.members().stream().collect(Collectors.toUnmodifiableMap(MemberInfo::id,
                Function.identity()));
        this.roots = registry.approvedCas().stream().map(ApprovedCa::root).toList();
        this.intermediates = registry.approvedCas().stream().flatMap(ca -> ca.intermediates().stream()).toList();
    }

    public long version() {
        return version;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public GlobalSettings settings() {
        return registry.settings();
    }

    /** Each approved CA's first OCSP responder, by the subject of the CA certificates that issue end-entity certificates. */
    @Override
    public java.util.Map<javax.security.auth.x500.X500Principal, java.net.URI> ocspResponders() {
        java.util.Map<javax.security.auth.x500.X500Principal, java.net.URI> responders = new java.util.LinkedHashMap<>();
        for (ApprovedCa ca : registry.approvedCas()) {
            if (!ca.ocspResponders().isEmpty()) {
                List<java.security.cert.X509Certificate> issuing = ca.intermediates().isEmpty() ? List.of(ca.root()) : ca.intermediates();
                issuing.forEach(c -> responders.put(c.getSubjectX500Principal(), ca.ocspResponders().get(0)));
            }
        }
        return java.util.Map.copyOf(responders);
    }

    public List<ApprovedCa> approvedCas() {
        return registry.approvedCas();
    }

    public List<ApprovedTsa> approvedTsas() {
        return registry.approvedTsas();
    }

    /** The global groups by code. */
    public Map<String, Set<ClientId>> groups() {
        return registry.groups();
    }

    @Override
    public String instance() {
        return registry.instance();
    }

    @Override
    public List<MemberInfo> members() {
        return registry.members();
    }

    @Override
    public Optional<MemberInfo> member(MemberId id) {
        return Optional.ofNullable(members.get(id));
    }

    @Override
    public List<SecurityServerInfo> securityServers() {
        return registry.servers();
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
    public boolean isInGroup(ClientId client, String groupCode) {
        Set<ClientId> group = registry.groups().get(groupCode);
        return group != null && group.contains(client);
    }

    @Override
    public Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "global configuration " + registry.instance() + " version " + version + " (expires " + expiresAt + ")";
    }
}
