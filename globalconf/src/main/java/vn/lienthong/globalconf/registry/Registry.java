package vn.lienthong.globalconf.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.lienthong.conf.global.MemberInfo;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;

/**
 * The instance registry: an immutable value whose {@code with...} methods return an edited copy. Every copy is
 * consistent: identifiers belong to the instance, every server's owner and clients are registered, nothing is
 * listed twice. An edit that would break that throws {@link RegistryException}.
 */
public record Registry(String instance, List<MemberInfo> members, List<SecurityServerInfo> servers,
        List<ApprovedCa> approvedCas, List<ApprovedTsa> approvedTsas, Map<String, Set<ClientId>> groups,
        GlobalSettings settings) {

    public Registry {
        if (instance == null || !instance.matches("[\\p{L}\\p{N}._:\\-]{1,255}")) {
            throw new RegistryException("bad instance identifier '" + instance + "': use letters, digits and . _ : -");
        }
        members = List.copyOf(members);
        servers = List.copyOf(servers);
        approvedCas = List.copyOf(approvedCas);
        approvedTsas = List.copyOf(approvedTsas);
        Map<String, Set<ClientId>> sortedGroups = new TreeMap<>();
        groups.forEach((code, clients) -> sortedGroups.put(code, Set.copyOf(clients)));
        groups = Collections.unmodifiableMap(sortedGroups);
        Objects.requireNonNull(settings, "settings");
        checkConsistent(instance, members, servers, groups);
    }

    /** A registry with no members, servers or CAs yet, and the default settings. */
    public static Registry empty(String instance) {
        return new Registry(instance, List.of(), List.of(), List.of(), List.of(), Map.of(), GlobalSettings.DEFAULTS);
    }

    public Optional<MemberInfo> member(MemberId id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<SecurityServerInfo> server(SecurityServerId id) {
        return servers.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public SecurityServerInfo requireServer(SecurityServerId id) {
        return server(id).orElseThrow(() -> new RegistryException("security server " + id
                + " is not registered: register it first (an authentication certificate registration creates it)"));
    }

    public MemberInfo requireMember(MemberId id) {
        return member(id).orElseThrow(() -> new RegistryException("member " + id
                + " is not registered: add it first (lienthong confauth member add)"));
    }

    /** Adds a new member. */
    public Registry withMember(MemberInfo member) {
        if (member(member.id()).isPresent()) {
            throw new RegistryException("member " + member.id() + " is registered already");
        }
        List<MemberInfo> edited = new ArrayList<>(members);
        edited.add(member);
        return new Registry(instance, edited, servers, approvedCas, approvedTsas, groups, settings);
    }

    /** Adds a subsystem to its (registered) member; no change if it has it already. */
    public Registry withSubsystem(ClientId subsystem) {
        if (!subsystem.isSubsystem()) {
            throw new RegistryException(subsystem + " is a member, not a subsystem: give MEMBER/SUBSYSTEM");
        }
        MemberInfo m = requireMember(subsystem.member());
        Set<String> codes = new HashSet<>(m.subsystems());
        codes.add(subsystem.subsystemCode());
        MemberInfo edited = new MemberInfo(m.id(), m.name(), codes, m.certificate());
        return new Registry(instance, replace(members, x -> x.id().equals(m.id()), edited), servers, approvedCas,
                approvedTsas, groups, settings);
    }

    /** Adds the server, or replaces the registered one with the same identifier. */
    public Registry withServer(SecurityServerInfo server) {
        List<SecurityServerInfo> edited = new ArrayList<>(servers);
        edited.removeIf(s -> s.id().equals(server.id()));
        edited.add(server);
        return new Registry(instance, members, edited, approvedCas, approvedTsas, groups, settings);
    }

    public Registry withoutServer(SecurityServerId id) {
        requireServer(id);
        List<SecurityServerInfo> edited = new ArrayList<>(servers);
        edited.removeIf(s -> s.id().equals(id));
        return new Registry(instance, members, edited, approvedCas, approvedTsas, groups, settings);
    }

    /** Sets the global group {@code code} to exactly {@code clients}. */
    public Registry withGroup(String code, Set<ClientId> clients) {
        Map<String, Set<ClientId>> edited = new LinkedHashMap<>(groups);
        edited.put(code, clients);
        return new Registry(instance, members, servers, approvedCas, approvedTsas, edited, settings);
    }

    /** Adds the CA, or replaces the approved CA of the same name. */
    public Registry withApprovedCa(ApprovedCa ca) {
        List<ApprovedCa> edited = new ArrayList<>(approvedCas);
        edited.removeIf(c -> c.name().equals(ca.name()));
        edited.add(ca);
        return new Registry(instance, members, servers, edited, approvedTsas, groups, settings);
    }

    /** Adds the TSA, or replaces the approved TSA of the same name. */
    public Registry withApprovedTsa(ApprovedTsa tsa) {
        List<ApprovedTsa> edited = new ArrayList<>(approvedTsas);
        edited.removeIf(t -> t.name().equals(tsa.name()));
        edited.add(tsa);
        return new Registry(instance, members, servers, approvedCas, edited, groups, settings);
    }

    public Registry withSettings(GlobalSettings newSettings) {
        return new Registry(instance, members, servers, approvedCas, approvedTsas, groups, newSettings);
    }

    private static <T> List<T> replace(List<T> list, Predicate<T> which, T replacement) {
        List<T> edited = new ArrayList<>();
        for (T t : list) {
            edited.add(which.test(t) ? replacement : t);
        }
        return edited;
    }

    private static void checkConsistent(String instance, List<MemberInfo> members, List<SecurityServerInfo> servers,
            Map<String, Set<ClientId>> groups) {
        Map<MemberId, MemberInfo> byId = new LinkedHashMap<>();
        for (MemberInfo m : members) {
            requireInstance(instance, m.id().instance(), "member " + m.id());
            if (byId.put(m.id(), m) != null) {
                throw new RegistryException("member " + m.id() + " is listed twice");
            }
        }
        Set<SecurityServerId> serverIds = new HashSet<>();
        for (SecurityServerInfo s : servers) {
            if (!serverIds.add(s.id())) {
                throw new RegistryException("security server " + s.id() + " is listed twice");
            }
            if (!byId.containsKey(s.id().owner())) {
                throw new RegistryException("the owner of security server " + s.id() + " is " + s.id().owner()
                        + ", which is not a registered member: add the member first");
            }
            for (ClientId c : s.clients()) {
                MemberInfo m = byId.get(c.member());
                if (m == null || (c.isSubsystem() && !m.subsystems().contains(c.subsystemCode()))) {
                    throw new RegistryException("security server " + s.id() + " serves " + c
                            + ", which is not registered: register the member and subsystem first");
                }
            }
        }
        for (Map.Entry<String, Set<ClientId>> g : groups.entrySet()) {
            if (!g.getKey().matches("[\\p{L}\\p{N}._:\\-]{1,255}")) {
                throw new RegistryException("bad global group code '" + g.getKey() + "': use letters, digits and . _ : -");
            }
            for (ClientId c : g.getValue()) {
                requireInstance(instance, c.instance(), "member " + c + " of global group " + g.getKey());
            }
        }
    }

    private static void requireInstance(String instance, String actual, String what) {
        if (!instance.equals(actual)) {
            throw new RegistryException(what + " belongs to instance " + actual + ", not to " + instance);
        }
    }
}
