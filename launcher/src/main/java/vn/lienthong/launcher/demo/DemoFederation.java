package vn.lienthong.launcher.demo;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.routes.provider.npd.NpdProviderSystem;
import vn.lienthong.routes.server.SecurityServer;

/**
 * The demo federation, running: the NPD's provider information system and the three security servers,
 * each started from its own configuration folder by the same code that {@code lienthong server} runs.
 */
public final class DemoFederation implements AutoCloseable {

    private final DemoWorkspace workspace;
    private final JdbcConnectionPool npdDatabase;
    private final NpdProviderSystem npd;
    private final Map<SecurityServerId, SecurityServer> servers;

    private DemoFederation(DemoWorkspace workspace, JdbcConnectionPool npdDatabase, NpdProviderSystem npd,
            Map<SecurityServerId, SecurityServer> servers) {
        this.workspace = workspace;
        this.npdDatabase = npdDatabase;
        this.npd = npd;
        this.servers = servers;
    }

    /** Lays out the workspace (PKI on first run) and starts everything. */
    public static DemoFederation start(DemoWorkspace workspace, KeyAlgorithm keys, Clock clock) {
        workspace.prepare(keys);
        return startPrepared(workspace, clock);
    }

    /** Starts everything from a workspace that {@link DemoWorkspace#prepare} has laid out (and someone may have edited). */
    public static DemoFederation startPrepared(DemoWorkspace workspace, Clock clock) {
        JdbcConnectionPool npdDb = JdbcConnectionPool.create(
                "jdbc:h2:file:" + workspace.root().resolve("npd/npd"), "sa", "");
        List<AutoCloseable> started = new ArrayList<>();
        started.add(npdDb::dispose);
        try {
            NpdProviderSystem npd = NpdProviderSystem.start(workspace.ports().npdProviderSystem(), npdDb);
            started.add(npd);
            Map<SecurityServerId, SecurityServer> servers = new LinkedHashMap<>();
            for (SecurityServerId id : DemoFederationSpec.SERVERS) {
                SecurityServer server = SecurityServer.start(workspace.serverDirectory(id), clock);
                started.add(server);
                servers.put(id, server);
            }
            return new DemoFederation(workspace, npdDb, npd, servers);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    public DemoWorkspace workspace() {
        return workspace;
    }

    public NpdProviderSystem npd() {
        return npd;
    }

    public SecurityServer server(SecurityServerId id) {
        return servers.get(id);
    }

    public URI clientProxy(SecurityServerId id) {
        return URI.create("http://127.0.0.1:" + DemoFederationSpec.clientProxyPort(id, workspace.ports()) + "/");
    }

    /** The endpoints table the demo prints. */
    public List<String[]> endpoints() {
        List<String[]> rows = new ArrayList<>();
        DemoPorts p = workspace.ports();
        rows.add(new String[] {"Government Office (National Public Service Portal)", "client proxy",
                "http://127.0.0.1:" + p.portalClientProxy() + "/"});
        rows.add(new String[] {"Government Office", "server proxy (mutual TLS)", "https://127.0.0.1:" + p.portalServerProxy() + "/"});
        rows.add(new String[] {"Ministry of Public Security (NPD)", "client proxy", "http://127.0.0.1:" + p.npdClientProxy() + "/"});
        rows.add(new String[] {"Ministry of Public Security (NPD)", "server proxy (mutual TLS)", "https://127.0.0.1:" + p.npdServerProxy() + "/"});
        rows.add(new String[] {"Hà Nội People's Committee (one-stop shop)", "client proxy", "http://127.0.0.1:" + p.provinceClientProxy() + "/"});
        rows.add(new String[] {"Hà Nội People's Committee", "server proxy (mutual TLS)", "https://127.0.0.1:" + p.provinceServerProxy() + "/"});
        rows.add(new String[] {"NPD provider information system", "plain SOAP (behind SS-MPS only)", npd.endpointUrl()});
        return rows;
    }

    @Override
    public void close() {
        List<AutoCloseable> all = new ArrayList<>(servers.values());
        all.add(npd);
        all.add(npdDatabase::dispose);
        closeAll(all);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                System.err.println("closing " + resources.get(i) + " failed: " + e);
            }
        }
    }
}
