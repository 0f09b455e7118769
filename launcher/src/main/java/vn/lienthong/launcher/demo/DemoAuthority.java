package vn.lienthong.launcher.demo;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import vn.lienthong.conf.global.FederationFile;
import vn.lienthong.conf.global.MemberInfo;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.authority.ConfigurationAuthority;
import vn.lienthong.globalconf.authority.ConfigurationServer;
import vn.lienthong.globalconf.authority.RepublishSchedule;
import vn.lienthong.globalconf.registry.ApprovedCa;
import vn.lienthong.globalconf.registry.GlobalSettings;
import vn.lienthong.globalconf.registry.Registry;

/**
 * The demo's configuration authority: on first run its registry is seeded from {@code federation.xml};
 * afterwards it keeps its own (agencies that joined stay). It publishes a signed global configuration that
 * every demo security server downloads through its anchor, and renews it every download interval.
 */
public final class DemoAuthority implements AutoCloseable {

    /** Short intervals, so that a change reaches every server within seconds in the demo. */
    static final GlobalSettings DEMO_SETTINGS = new GlobalSettings(Duration.ofSeconds(60), Duration.ofSeconds(5),
            Duration.ofMinutes(10), Duration.ofSeconds(2));

    private final ConfigurationAuthority authority;
    private final ConfigurationServer server;
    private final RepublishSchedule republishing;

    private DemoAuthority(ConfigurationAuthority authority, ConfigurationServer server, RepublishSchedule republishing) {
        this.authority = authority;
        this.server = server;
        this.republishing = republishing;
    }

    static Path folder(DemoWorkspace workspace) {
        return workspace.root().resolve("authority");
    }

    static URI downloadUrl(DemoWorkspace workspace) {
        return URI.create("http://127.0.0.1:" + workspace.ports().configurationAuthority() + ConfigurationServer.DOWNLOAD_PATH);
    }

    /** Creates the authority on first run, publishes, and writes each server's configuration anchor. */
    static void prepare(DemoWorkspace workspace, char[] password) {
        ConfigurationAuthority authority = open(workspace, password);
        authority.publish();
        for (SecurityServerId server : DemoFederationSpec.SERVERS) {
            authority.anchor(downloadUrl(workspace)).write(workspace.serverDirectory(server).resolve("anchor.xml"));
        }
    }

    static ConfigurationAuthority open(DemoWorkspace workspace, char[] password) {
        Path dir = folder(workspace);
        if (ConfigurationAuthority.exists(dir)) {
            ConfigurationAuthority authority = ConfigurationAuthority.open(dir, password, Clock.systemUTC());
            registerNewServers(authority, FederationFile.load(workspace.federationFile()));
            return authority;
        }
        ConfigurationAuthority authority = ConfigurationAuthority.init(dir, DemoFederationSpec.INSTANCE, password, Clock.systemUTC());
        FederationFile seed = FederationFile.load(workspace.federationFile());
        authority.update(r -> seeded(r, seed, workspace).withSettings(DEMO_SETTINGS));
        return authority;
    }

    /**
     * A workspace from before the demo had a server (SS-MOJ and SS-VSS came with the feeders): the servers
     * {@code federation.xml} names and the registry lacks are registered; nothing else of the registry changes.
     */
    private static void registerNewServers(ConfigurationAuthority authority, FederationFile seed) {
        List<SecurityServerInfo> missing = seed.securityServers().stream()
                .filter(server -> authority.registry().server(server.id()).isEmpty()).toList();
        if (!missing.isEmpty()) {
            authority.update(r -> {
                Registry updated = r;
                for (SecurityServerInfo server : missing) {
                    updated = updated.withServer(server);
                }
                return updated;
            });
        }
    }

    private static Registry seeded(Registry empty, FederationFile seed, DemoWorkspace workspace) {
        Registry r = empty.withApprovedCa(new ApprovedCa("LienThong Demo", seed.approvedCaRoots().get(0),
                seed.approvedCaIntermediates(),
                List.of(URI.create("http://127.0.0.1:" + workspace.ports().ocspResponder() + "/"))));
        for (MemberInfo member : seed.members()) {
            r = r.withMember(member);
        }
        for (SecurityServerInfo server : seed.securityServers()) {
            r = r.withServer(server);
        }
        return r.withGroup(DemoFederationSpec.ONE_STOP_GROUP, Set.of(DemoFederationSpec.ONE_STOP))
                .withGroup(DemoFederationSpec.HEALTH_GROUP, Set.of());
    }

    /** Serves the published configuration and management requests, and renews the bundle on schedule. */
    static DemoAuthority start(DemoWorkspace workspace, char[] password) {
        ConfigurationAuthority authority = open(workspace, password);
        authority.publish();
        ConfigurationServer server = ConfigurationServer.start(authority,
                new InetSocketAddress("127.0.0.1", workspace.ports().configurationAuthority()));
        return new DemoAuthority(authority, server, RepublishSchedule.start(authority));
    }

    public ConfigurationAuthority authority() {
        return authority;
    }

    public URI downloadUrl() {
        return server.downloadUrl();
    }

    public URI managementRequestUrl() {
        return server.managementRequestUrl();
    }

    @Override
    public void close() {
        republishing.close();
        server.close();
    }
}
