package vn.lienthong.launcher.demo;

import static vn.lienthong.launcher.demo.DemoFederationSpec.MEMBERS;
import static vn.lienthong.launcher.demo.DemoFederationSpec.MEMBER_ORDER;
import static vn.lienthong.launcher.demo.DemoFederationSpec.ONE_STOP;
import static vn.lienthong.launcher.demo.DemoFederationSpec.ONE_STOP_GROUP;
import static vn.lienthong.launcher.demo.DemoFederationSpec.PORTAL;
import static vn.lienthong.launcher.demo.DemoFederationSpec.SERVERS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.certs.ca.KeyAlgorithm;
import vn.lienthong.certs.demo.DemoPki;
import vn.lienthong.certs.demo.DemoPkiResult;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.local.ServerConf;
import vn.lienthong.routes.provider.feeder.insurance.HealthInsuranceSystem;

/**
 * Lays out the demo federation in a folder: its PKI (made on first run, reused after), the federation file
 * and one configuration folder per security server, exactly as an agency would keep them.
 *
 * <pre>
 * WORKSPACE/pki/...                    CA, member and server key stores (never committed)
 * WORKSPACE/federation.xml             members, security servers, approved CA, global groups (seeds the authority)
 * WORKSPACE/authority/                 the configuration authority: registry, signing keys, published bundles
 * WORKSPACE/servers/ss-mps/server.properties, services.xml, anchor.xml, data/, globalconf/
 * WORKSPACE/npd/                       the NPD provider system's own database and message broker
 * WORKSPACE/feeders/civilstatus/       the Ministry of Justice's civil status database and broker (behind SS-MOJ)
 * WORKSPACE/feeders/residence/, identity/   the MPS residence and citizen identity databases (behind SS-MPS)
 * WORKSPACE/feeders/insurance/         Vietnam Social Security's health insurance database and broker (behind SS-VSS)
 * </pre>
 */
public final class DemoWorkspace {

    private final Path root;
    private final DemoPorts ports;

    public DemoWorkspace(Path root, DemoPorts ports) {
        this.root = root.toAbsolutePath();
        this.ports = ports;
    }

    public Path root() {
        return root;
    }

    public DemoPorts ports() {
        return ports;
    }

    public Path serverDirectory(SecurityServerId server) {
        return root.resolve("servers").resolve(DemoFederationSpec.folderOf(server));
    }

    public Path federationFile() {
        return root.resolve("federation.xml");
    }

    public Path pkiDirectory() {
        return root.resolve("pki");
    }

    /** The PKI that {@link #prepare} laid out (reopened; nothing is created when it is complete). */
    public DemoPkiResult pki() {
        return DemoPki.generate(pkiDirectory(), MEMBER_ORDER, SERVERS, KeyAlgorithm.RSA_2048);
    }

    /** Creates (or refreshes) every file; the PKI is created only when missing. */
    public DemoPkiResult prepare(KeyAlgorithm keys) {
        DemoPkiResult pki = DemoPki.generate(pkiDirectory(), MEMBER_ORDER, SERVERS, keys);
        write(federationFile(), federationXml(pki));
        try {
            DemoAuthority.prepare(this, pki.readPassword());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo's password", e);
        }
        for (SecurityServerId server : SERVERS) {
            Path dir = serverDirectory(server);
            write(dir.resolve(ServerConf.FILE_NAME), serverProperties(server, pki, dir));
            write(dir.resolve("services.xml"), servicesXml(server));
        }
        return pki;
    }

    private String federationXml(DemoPkiResult pki) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<!-- The demo federation (instance VN), written by `lienthong demo`; a signed global\n")
                .append("     configuration replaces this file later. Paths are relative to this file. -->\n")
                .append("<federation instance=\"").append(DemoFederationSpec.INSTANCE).append("\">\n")
                .append("  <approvedCa name=\"").append(DemoPki.CA_NAME).append("\" root=\"")
                .append(rel(pki.rootCertificatePem())).append("\" intermediate=\"")
                .append(rel(pki.intermediateCertificatePem())).append("\"\n")
                .append("              ocsp=\"http://127.0.0.1:").append(ports.ocspResponder()).append("/\"/>\n");
        for (MemberId member : MEMBER_ORDER) {
            DemoFederationSpec.Member m = MEMBERS.get(member);
            x.append("  <member class=\"").append(member.memberClass()).append("\" code=\"")
                    .append(member.memberCode()).append("\" name=\"").append(escape(m.name()))
                    .append("\" certificate=\"").append(rel(pki.memberCertificatePem(member))).append("\">\n");
            for (String subsystem : m.subsystems()) {
                x.append("    <subsystem code=\"").append(subsystem).append("\"/>\n");
            }
            x.append("  </member>\n");
        }
        for (SecurityServerId server : SERVERS) {
            x.append("  <securityServer owner=\"").append(server.owner()).append("\" code=\"")
                    .append(server.serverCode()).append("\" host=\"127.0.0.1\" port=\"")
                    .append(DemoFederationSpec.serverProxyPort(server, ports)).append("\">\n")
                    .append("    <authCertificateHash>").append(pki.authCertificateSha256Hex(server))
                    .append("</authCertificateHash>\n");
            for (ClientId client : DemoFederationSpec.clientsOf(server)) {
                x.append("    <client id=\"").append(client).append("\"/>\n");
            }
            x.append("  </securityServer>\n");
        }
        x.append("  <globalGroup code=\"").append(ONE_STOP_GROUP).append("\">\n")
                .append("    <client id=\"").append(ONE_STOP).append("\"/>\n")
                .append("  </globalGroup>\n")
                .append("  <globalGroup code=\"").append(DemoFederationSpec.HEALTH_GROUP).append("\"/>\n")
                .append("</federation>\n");
        return x.toString();
    }

    private String serverProperties(SecurityServerId server, DemoPkiResult pki, Path dir) {
        List<String> lines = new ArrayList<>(List.of(
                "# Security server " + server + " of the demo federation, written by `lienthong demo`.",
                "lienthong.server.id=" + server,
                "lienthong.globalconf.anchor=anchor.xml",
                "lienthong.services.file=services.xml",
                "lienthong.bind.host=127.0.0.1",
                "lienthong.client-proxy.port=" + DemoFederationSpec.clientProxyPort(server, ports),
                "lienthong.server-proxy.port=" + DemoFederationSpec.serverProxyPort(server, ports),
                "lienthong.keys.password-file=" + dir.relativize(pki.passwordFile()),
                "lienthong.keys.auth=" + dir.relativize(pki.serverKeystore(server)),
                "lienthong.keys.signing." + server.owner() + "=" + dir.relativize(pki.memberKeystore(server.owner())),
                "lienthong.database.url=jdbc:h2:file:" + dir.resolve("data/securityserver"),
                "lienthong.messagelog.tsa.url=http://127.0.0.1:" + ports.timeStampingAuthority() + "/",
                "lienthong.messagelog.timestamping=interval",
                "lienthong.messagelog.stamping-interval-seconds=5",
                "lienthong.ocsp.freshness-seconds=60",
                "lienthong.provider.timeout-seconds=10"));
        return String.join("\n", lines) + "\n";
    }

    private String servicesXml(SecurityServerId server) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<services>\n");
        if (server.equals(DemoFederationSpec.SS_MPS)) {
            x.append("  <!-- The National Population Database (Circular 13/2017 Art. 21): what each consumer receives is\n")
                    .append("       narrowed further by the NPD's own mandates (Decree 137/2015 Art. 11). -->\n");
            for (String operation : List.of("getCitizen", "getCitizens", "verifyCitizen", "getChangesSince",
                    "getCitizenAsOf", "subscribe", "unsubscribe")) {
                x.append("  <service id=\"").append(DemoFederationSpec.NPD.service(operation, "v1")).append("\" url=\"http://127.0.0.1:")
                        .append(ports.npdProviderSystem()).append("/npd\" timeoutSeconds=\"10\"")
                        .append(" wsdl=\"classpath:wsdl/npd/npd-query.wsdl\">\n")
                        .append("    <allow client=\"").append(PORTAL).append("\"/>\n")
                        .append("    <allow client=\"").append(DemoFederationSpec.INSURANCE).append("\"/>\n")
                        .append("    <allow group=\"").append(ONE_STOP_GROUP).append("\"/>\n")
                        .append("    <allow group=\"").append(DemoFederationSpec.HEALTH_GROUP).append("\"/>\n")
                        .append("  </service>\n");
            }
            x.append("  <!-- Updates from the source databases (Circular 46/2022 Art. 4), idempotent and held on conflict. -->\n")
                    .append("  <service id=\"").append(DemoFederationSpec.NPD.service("applyUpdate", "v1"))
                    .append("\" url=\"http://127.0.0.1:").append(ports.npdProviderSystem()).append("/npd-update\" timeoutSeconds=\"10\"")
                    .append(" wsdl=\"classpath:wsdl/npd/npd-update.wsdl\">\n")
                    .append("    <allow client=\"").append(DemoFederationSpec.CIVIL_STATUS).append("\"/>\n")
                    .append("    <allow client=\"").append(DemoFederationSpec.RESIDENCE).append("\"/>\n")
                    .append("    <allow client=\"").append(DemoFederationSpec.IDENTITY).append("\"/>\n")
                    .append("    <allow client=\"").append(DemoFederationSpec.INSURANCE).append("\"/>\n")
                    .append("  </service>\n");
        }
        if (server.equals(DemoFederationSpec.SS_VSS)) {
            x.append("  <!-- Change notifications the NPD pushes to its subscribers (npd-notification.wsdl): deaths end the cover. -->\n")
                    .append("  <service id=\"").append(DemoFederationSpec.INSURANCE.service("notifyChange", "v1"))
                    .append("\" url=\"").append(HealthInsuranceSystem.notificationUrl(ports.insuranceNotifications()))
                    .append("\" timeoutSeconds=\"10\" wsdl=\"classpath:wsdl/npd/npd-notification.wsdl\">\n")
                    .append("    <allow client=\"").append(DemoFederationSpec.NPD).append("\"/>\n")
                    .append("  </service>\n");
        }
        return x.append("</services>\n").toString();
    }

    private String rel(Path p) {
        return root.relativize(p.toAbsolutePath()).toString().replace('\\', '/');
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
