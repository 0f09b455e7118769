package vn.lienthong.routes.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.globalconf.client.LocalConfProblem;
import vn.lienthong.globalconf.client.LocalConfValidator;
import vn.lienthong.globalconf.client.LocalServerIdentity;
import vn.lienthong.security.tls.CertificateHashes;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.global.GlobalConf;
import vn.lienthong.globalconf.client.GlobalConfSource;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.local.LocalServices;
import vn.lienthong.conf.local.ServerConf;
import vn.lienthong.routes.clientproxy.ClientProxyRoutes;
import vn.lienthong.routes.fault.FaultHandlingConfiguration;
import vn.lienthong.messagelog.MessageLog;
import vn.lienthong.messagelog.evidence.EvidenceExporter;
import vn.lienthong.messagelog.evidence.EvidenceService;
import vn.lienthong.messagelog.store.LogDatabase;
import vn.lienthong.messagelog.Side;
import vn.lienthong.routes.housekeeping.HousekeepingRoutes;
import vn.lienthong.routes.logging.LogFault;
import vn.lienthong.routes.metadata.MetadataRoutes;
import vn.lienthong.routes.runtime.CpuPermits;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.runtime.TokenKeys;
import vn.lienthong.routes.serverproxy.ServerProxyRoutes;
import vn.lienthong.routes.transport.BlockingPost;
import vn.lienthong.routes.transport.ProviderSystemClient;
import vn.lienthong.routes.transport.ServerProxyClient;
import vn.lienthong.security.keys.CredentialLoadException;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.ocsp.OcspRevocationChecker;
import vn.lienthong.security.ocsp.OcspSettings;
import vn.lienthong.security.replay.JdbcReplayCache;
import vn.lienthong.security.tls.TlsContexts;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.TrustAnchors;
import vn.lienthong.security.wss.MessageProtector;
import vn.lienthong.security.wss.MessageVerifier;

/**
 * One security server: built from its configuration folder, it runs the client proxy, the server proxy
 * and the metadata services as one Camel context. {@code lienthong server --config DIR} runs one; the demo
 * runs several of these side by side.
 */
public final class SecurityServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityServer.class);
    private static final String AUTH_ALIAS = "auth";
    private static final String SIGNING_ALIAS = "signing";

    static {
        // before anything in this JVM opens an HTTP connection: the JDK reads the limit once
        BlockingPost.keepEnoughConnections();
    }

    private final ServerConf conf;
    private final GlobalConfSource globalSource;
    private final Database database;
    private final JdbcReplayCache replayCache;
    private final MessageLog messageLog;
    private final OcspRevocationChecker ocsp;
    private final ProviderSystemClient providerClient;
    private final CamelContext camel;

    private SecurityServer(ServerConf conf, GlobalConfSource globalSource, Database database, JdbcReplayCache replayCache,
            MessageLog messageLog, OcspRevocationChecker ocsp, ProviderSystemClient providerClient, CamelContext camel) {
        this.conf = conf;
        this.globalSource = globalSource;
        this.database = database;
        this.replayCache = replayCache;
        this.messageLog = messageLog;
        this.ocsp = ocsp;
        this.providerClient = providerClient;
        this.camel = camel;
    }

    /** Reads the configuration folder and starts the server; throws ConfException naming any problem. */
    public static SecurityServer start(Path configDirectory, Clock clock) {
        ServerConf conf = ServerConf.load(configDirectory);
        int workers = ProxyWorkers.threads(conf);
        int cpuWorkers = ProxyWorkers.cpuWorkers(conf);
        CpuPermits cpuPermits = new CpuPermits(cpuWorkers);
        GlobalConfSource globalSource = GlobalConfSources.open(conf, clock);
        GlobalConf global = globalSource.current();
        if (global.securityServers().stream().noneMatch(s -> s.id().equals(conf.serverId()))) {
            throw new ConfException("the global configuration does not register this security server "
                    + conf.serverId() + ": ask the federation's operator to register it");
        }
        LocalServices services = LocalServices.load(conf.servicesFile(), conf.providerTimeout());
        char[] password = conf.keystorePassword();
        Map<MemberId, SigningCredential> memberKeys = new HashMap<>();
        conf.signingKeystores().forEach((member, file) -> memberKeys.put(member, load(file, password, SIGNING_ALIAS)));
        SigningCredential authKey = load(conf.authKeystore(), password, AUTH_ALIAS);

        requireConsistent(conf, services, authKey, global);
        TrustAnchors anchors = TrustAnchors.of(global.approvedCaRoots(), global.approvedCaIntermediates());
        // Answers older than the freshness limit are refused; the prefetcher renews them well before that.
        OcspRevocationChecker ocsp = new OcspRevocationChecker(OcspSettings.defaults()
                .withFreshness(conf.ocspFreshness()).withPrefetchInterval(conf.ocspFreshness().dividedBy(3))
                .withResponderOverrides(global.ocspResponders()), clock);
        CertificateChainValidator validator = new CertificateChainValidator(anchors, ocsp);
        Database database = Database.open(conf);
        JdbcReplayCache replayCache = new JdbcReplayCache(database.dataSource());
        MessageVerifier verifier = new MessageVerifier(validator, replayCache, clock, conf.timestampTtl(), conf.clockSkew());
        MessageProtector protector = new MessageProtector(clock, conf.timestampTtl());
        ServerProxyClient peers = new ServerProxyClient(
                peer -> TlsContexts.clientContext(authKey, validator, clock, peer.authCertHashes()), conf.peerTimeout());
        MessageLog messageLog = MessageLogs.open(conf, global, database, clock);
        TokenKeys tokenKeys = TokenKeys.open(conf.directory(), password);
        ProviderSystemClient providerClient = new ProviderSystemClient(conf.providerTimeout());
        ServerRuntime runtime = new ServerRuntime(conf, globalSource, services, memberKeys, tokenKeys, protector, verifier, peers,
                providerClient, messageLog, cpuPermits, clock);

        SSLContext serverTls = TlsContexts.serverContext(authKey, validator, clock);
        CamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("security-server-" + conf.serverId().serverCode());
        camel.getPropertiesComponent().setInitialProperties(properties(conf));
        ProxyWorkers.apply(camel, workers);
        camel.getRegistry().bind("serverProxyTls", new PrebuiltSslContext(serverTls));
        if (conf.clientProxyHttpsPort() > 0) {
            camel.getRegistry().bind("clientProxyTls", new PrebuiltSslContext(TlsContexts.informationSystemServerContext(
                    authKey, InformationSystemCertificates.load(conf.informationSystemCertificates()))));
        }
        try {
            camel.addRoutes(new FaultHandlingConfiguration(
                    new LogFault(messageLog, cpuPermits, Side.CLIENT_PROXY, clock),
                    new LogFault(messageLog, cpuPermits, Side.SERVER_PROXY, clock)));
            camel.addRoutes(new ClientProxyRoutes(runtime));
            camel.addRoutes(new ServerProxyRoutes(runtime));
            camel.addRoutes(new MetadataRoutes(runtime,
                    new EvidenceService(new EvidenceExporter(LogDatabase.of(database.dataSource())))));
            camel.addRoutes(new HousekeepingRoutes(replayCache, MessageLogs.archiving(conf, database, clock),
                    tokenKeys, clock));
            camel.start();
        } catch (Exception e) {
            camel.stop();
            providerClient.close();
            messageLog.close();
            ocsp.close();
            replayCache.close();
            closeQuietly(database);
            throw new ConfException("security server " + conf.serverId() + " cannot start: " + e.getMessage(), e);
        }
        LOG.info("security server {} started: client proxy http://{}:{}/{}, server proxy https://{}:{}/; {} workers,"
                        + " {} of them computing at once", conf.serverId(), conf.bindHost(), conf.clientProxyPort(),
                conf.clientProxyHttpsPort() > 0 ? " and https://" + conf.bindHost() + ":" + conf.clientProxyHttpsPort() + "/" : "",
                conf.bindHost(), conf.serverProxyPort(), workers, cpuWorkers);
        return new SecurityServer(conf, globalSource, database, replayCache, messageLog, ocsp, providerClient, camel);
    }

    /**
     * Local configuration must agree with the global one: this server registered, its authentication
     * certificate registered for it, and every subsystem whose services it offers registered to it.
     */
    private static void requireConsistent(ServerConf conf, LocalServices services, SigningCredential authKey,
            GlobalConf global) {
        Set<ClientId> providers = new HashSet<>();
        services.all().forEach(s -> providers.add(s.id().provider()));
        List<LocalConfProblem> problems = LocalConfValidator.validate(new LocalServerIdentity(conf.serverId(), providers,
                Set.of(CertificateHashes.sha256Hex(authKey.certificate()))), global);
        if (!problems.isEmpty()) {
            throw new ConfException("the local configuration of " + conf.serverId() + " disagrees with the global one: "
                    + problems.stream().map(LocalConfProblem::message).collect(Collectors.joining("; ")));
        }
    }

    private static SigningCredential load(Path file, char[] password, String alias) {
        try {
            return SigningCredential.fromPkcs12(file, password, alias);
        } catch (CredentialLoadException e) {
            throw new ConfException(e.getMessage(), e);
        }
    }

    private static Properties properties(ServerConf conf) {
        Properties p = new Properties();
        p.setProperty("lienthong.bind.host", conf.bindHost());
        p.setProperty("lienthong.client-proxy.port", Integer.toString(conf.clientProxyPort()));
        p.setProperty("lienthong.server-proxy.port", Integer.toString(conf.serverProxyPort()));
        p.setProperty("lienthong.client-proxy.https-port", Integer.toString(conf.clientProxyHttpsPort()));
        p.setProperty("lienthong.replay.purge-interval-ms", "60000");
        p.setProperty("lienthong.messagelog.archive.interval-ms",
                Long.toString(1000L * Long.parseLong(conf.settings().getProperty("lienthong.messagelog.archive.interval-seconds", "3600"))));
        // Netty must accept a little more than the limit so that our own check can answer with a SOAP fault.
        p.setProperty("lienthong.http.max-content-length", Long.toString(conf.maxMessageBytes() * 2 + 65536));
        return p;
    }

    public ServerConf conf() {
        return conf;
    }

    public CamelContext camel() {
        return camel;
    }

    /** Where this server's global configuration comes from (it may change while the server runs). */
    public GlobalConfSource globalConf() {
        return globalSource;
    }

    /** This server's message log, for operators and tests. */
    public MessageLog messageLog() {
        return messageLog;
    }

    @Override
    public void close() {
        camel.stop();
        providerClient.close();
        messageLog.close();
        ocsp.close();
        if (globalSource instanceof AutoCloseable downloader) {
            try {
                downloader.close();
            } catch (Exception e) {
                LOG.warn("stopping the global configuration download failed: {}", e.toString());
            }
        }
        replayCache.close();
        closeQuietly(database);
        LOG.info("security server {} stopped", conf.serverId());
    }

    private static void closeQuietly(Database database) {
        try {
            database.close();
        } catch (Exception e) {
            LOG.warn("closing the database failed: {}", e.toString());
        }
    }
}
