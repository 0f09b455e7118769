package vn.lienthong.launcher.demo;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.services.CaServices;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.routes.provider.messaging.MessageBroker;
import vn.lienthong.routes.provider.npd.NpdProviderSystem;
import vn.lienthong.routes.server.SecurityServer;

/**
 * The demo federation, running: the NPD's provider information system, the five security servers, each
 * started from its own configuration folder by the same code that {@code lienthong server} runs, and the
 * source databases that feed the NPD through them ({@link DemoFeeders}).
 */
public final class DemoFederation implements AutoCloseable {

    private final DemoWorkspace workspace;
    private final CaServices caServices;
    private final DemoAuthority authority;
    private final JdbcConnectionPool npdDatabase;
    private final MessageBroker broker;
    private final NpdProviderSystem npd;
    private final Map<SecurityServerId, SecurityServer> servers;
    private final DemoFeeders feeders;

    private DemoFederation(DemoWorkspace workspace, CaServices caServices, DemoAuthority authority,
            JdbcConnectionPool npdDatabase, MessageBroker broker, NpdProviderSystem npd,
            Map<SecurityServerId, SecurityServer> servers, DemoFeeders feeders) {
        this.feeders = feeders;
        this.broker = broker;
        this.workspace = workspace;
        this.caServices = caServices;
        this.authority = authority;
        this.npdDatabase = npdDatabase;
        this.npd = npd;
        this.servers = servers;
    }

    /** Lays out the workspace (PKI on first run) and starts everything. */
    public static DemoFederation start(DemoWorkspace workspace, KeyAlgorithm keys, Clock clock) {
        workspace.prepare(keys);
        return startPrepared(workspace, clock);
    }

    /** Starts the demo CA's OCSP responder and time-stamping authority on the workspace's ports. */
    private static CaServices startCaServices(DemoWorkspace workspace) {
        try {
            return workspace.pki().startCaServices(
                    workspace.ports().ocspResponder(), workspace.ports().timeStampingAuthority());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot start the demo CA's OCSP responder and TSA", e);
        }
    }

    /** Starts everything from a workspace that {@link DemoWorkspace#prepare} has laid out (and someone may have edited). */
    public static DemoFederation startPrepared(DemoWorkspace workspace, Clock clock) {
        JdbcConnectionPool npdDb = JdbcConnectionPool.create(
                "jdbc:h2:file:" + workspace.root().resolve("npd/npd"), "sa", "");
        List<AutoCloseable> started = new ArrayList<>();
        started.add(npdDb::dispose);
        try {
            CaServices ca = startCaServices(workspace);
            started.add(ca);
            DemoAuthority authority = DemoAuthority.start(workspace, workspace.pki().readPassword());
            started.add(authority);
            // The NPD's change notifications and feeder updates travel through persistent queues (embedded Artemis).
            MessageBroker broker = MessageBroker.embedded(workspace.root().resolve("npd/broker"));
            started.add(broker);
            // Change notifications leave through SS-MPS's client proxy, as the NPD's X-Road requests to the subscriber.
            NpdProviderSystem npd = NpdProviderSystem.builder().port(workspace.ports().npdProviderSystem())
                    .dataSource(npdDb).broker(broker).clientId(DemoFederationSpec.NPD.toString())
                    .notificationsVia(clientProxy(workspace, DemoFederationSpec.SS_MPS).toString()).start();
            started.add(npd);
            Map<SecurityServerId, SecurityServer> servers = new LinkedHashMap<>();
            for (SecurityServerId id : DemoFederationSpec.SERVERS) {
                SecurityServer server = SecurityServer.start(workspace.serverDirectory(id), clock);
                started.add(server);
                servers.put(id, server);
            }
            DemoFeeders feeders = DemoFeeders.start(workspace, broker, id -> clientProxy(workspace, id).toString());
            started.add(feeders);
            return new DemoFederation(workspace, ca, authority, npdDb, broker, npd, servers, feeders);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        } catch (java.io.IOException e) {
            closeAll(started);
            throw new java.io.UncheckedIOException("cannot read the demo's password", e);
        }
    }

    public DemoWorkspace workspace() {
        return workspace;
    }

    public NpdProviderSystem npd() {
        return npd;
    }

    /** The source databases feeding the NPD through their security servers. */
    public DemoFeeders feeders() {
        return feeders;
    }

    public SecurityServer server(SecurityServerId id) {
        return servers.get(id);
    }

    /** The configuration authority whose signed global configuration the servers download. */
    public DemoAuthority authority() {
        return authority;
    }

    /** Adds a security server started elsewhere (an agency that joined) so that it stops with the federation. */
    public void adopt(SecurityServerId id, SecurityServer server) {
        servers.put(id, server);
    }

    public URI clientProxy(SecurityServerId id) {
        return clientProxy(workspace, id);
    }

    private static URI clientProxy(DemoWorkspace workspace, SecurityServerId id) {
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
        rows.add(new String[] {"Ministry of Justice (civil status)", "client proxy", "http://127.0.0.1:" + p.justiceClientProxy() + "/"});
        rows.add(new String[] {"Ministry of Justice", "server proxy (mutual TLS)", "https://127.0.0.1:" + p.justiceServerProxy() + "/"});
        rows.add(new String[] {"Vietnam Social Security (health insurance)", "client proxy", "http://127.0.0.1:" + p.insuranceClientProxy() + "/"});
        rows.add(new String[] {"Vietnam Social Security", "server proxy (mutual TLS)", "https://127.0.0.1:" + p.insuranceServerProxy() + "/"});
        rows.add(new String[] {"NPD provider information system", "plain SOAP (behind SS-MPS only)", npd.endpointUrl()});
        rows.add(new String[] {"NPD provider information system", "operator (lienthong npd)", npd.operatorUrl()});
        rows.add(new String[] {"Demo CA (LienThong Demo Intermediate CA)", "OCSP responder (RFC 6960)", caServices.ocspUri().toString()});
        rows.add(new String[] {"Demo CA", "time-stamping authority (RFC 3161)", caServices.tsaUri().toString()});
        rows.add(new String[] {"Configuration authority", "signed global configuration, management requests",
                authority.downloadUrl().toString()});
        rows.add(new String[] {"Health insurance system (notifications)", "plain SOAP (behind SS-VSS only)",
                feeders.insurance().notificationUrl()});
        return rows;
    }

    @Override
    public void close() {
        List<AutoCloseable> all = new ArrayList<>();
        all.add(npdDatabase::dispose);
        all.add(broker);
        all.add(caServices);
        all.add(authority);
        all.add(npd);
        all.addAll(servers.values());
        all.add(feeders);
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
