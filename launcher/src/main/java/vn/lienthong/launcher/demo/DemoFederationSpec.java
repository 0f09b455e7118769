package vn.lienthong.launcher.demo;

import java.util.List;
import java.util.Map;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.conf.identifier.ServiceId;

/**
 * Who is in the demo federation of Decision 1911/QD-TTg, instance {@code VN}: the members and their
 * subsystems, the five security servers (and the one that joins), the NPD's getCitizen service and who may call it.
 */
public final class DemoFederationSpec {

    public static final String INSTANCE = "VN";

    public static final MemberId MPS = new MemberId(INSTANCE, "GOV", "MPS");
    public static final MemberId MOJ = new MemberId(INSTANCE, "GOV", "MOJ");
    public static final MemberId MOH = new MemberId(INSTANCE, "GOV", "MOH");
    public static final MemberId VSS = new MemberId(INSTANCE, "PUB", "VSS");
    public static final MemberId VPCP = new MemberId(INSTANCE, "GOV", "VPCP");
    public static final MemberId HANOI = new MemberId(INSTANCE, "PROV", "HANOI");

    public static final ClientId NPD = MPS.subsystem("NPD");
    public static final ClientId PORTAL = VPCP.subsystem("PORTAL");
    /** A subsystem of the Government Office that has no right to the NPD: the access-denied example. */
    public static final ClientId OFFICE_HR = VPCP.subsystem("HR");
    public static final ClientId ONE_STOP = HANOI.subsystem("ONESTOP");

    public static final SecurityServerId SS_MPS = new SecurityServerId(MPS, "SS-MPS");
    public static final SecurityServerId SS_VPCP = new SecurityServerId(VPCP, "SS-VPCP");
    public static final SecurityServerId SS_HANOI = new SecurityServerId(HANOI, "SS-HANOI");
    public static final SecurityServerId SS_MOJ = new SecurityServerId(MOJ, "SS-MOJ");
    public static final SecurityServerId SS_VSS = new SecurityServerId(VSS, "SS-VSS");

    /** The source databases that feed the NPD (Circular 46/2022 Art. 4) and the subscriber to deaths. */
    public static final ClientId CIVIL_STATUS = MOJ.subsystem("CIVILSTATUS");
    public static final ClientId RESIDENCE = MPS.subsystem("RESIDENCE");
    public static final ClientId IDENTITY = MPS.subsystem("IDENTITY");
    public static final ClientId INSURANCE = VSS.subsystem("INSURANCE");

    public static final ServiceId GET_CITIZEN = NPD.service("getCitizen", "v1");
    public static final String ONE_STOP_GROUP = "provincial-one-stop-shops";
    /** Agencies of the health sector; the group grants getCitizen, and starts empty. */
    public static final String HEALTH_GROUP = "health-agencies";
    /** The agency that joins during the demo: the Ministry of Health's medical database and its own server. */
    public static final ClientId MEDICAL = MOH.subsystem("MEDICAL");
    public static final SecurityServerId SS_MOH = new SecurityServerId(MOH, "SS-MOH");

    /** Members with their names and subsystems. */
    public static final Map<MemberId, Member> MEMBERS = Map.of(
            MPS, new Member("Bộ Công an (Ministry of Public Security)", List.of("NPD", "RESIDENCE", "IDENTITY")),
            MOJ, new Member("Bộ Tư pháp (Ministry of Justice)", List.of("CIVILSTATUS")),
            MOH, new Member("Bộ Y tế (Ministry of Health)", List.of("MEDICAL")),
            VSS, new Member("Bảo hiểm xã hội Việt Nam (Vietnam Social Security)", List.of("INSURANCE")),
            VPCP, new Member("Văn phòng Chính phủ (Government Office)", List.of("PORTAL", "HR")),
            HANOI, new Member("UBND thành phố Hà Nội (Hà Nội People's Committee)", List.of("ONESTOP")));

    public static final List<MemberId> MEMBER_ORDER = List.of(MPS, MOJ, MOH, VSS, VPCP, HANOI);
    public static final List<SecurityServerId> SERVERS = List.of(SS_VPCP, SS_MPS, SS_HANOI, SS_MOJ, SS_VSS);

    public record Member(String name, List<String> subsystems) {
    }

    private DemoFederationSpec() {
    }

    /** The clients each security server serves. */
    public static List<ClientId> clientsOf(SecurityServerId server) {
        if (server.equals(SS_MPS)) {
            return List.of(NPD, RESIDENCE, IDENTITY);
        }
        if (server.equals(SS_VPCP)) {
            return List.of(PORTAL, OFFICE_HR);
        }
        if (server.equals(SS_MOJ)) {
            return List.of(CIVIL_STATUS);
        }
        if (server.equals(SS_VSS)) {
            return List.of(INSURANCE);
        }
        if (server.equals(SS_HANOI)) {
            return List.of(ONE_STOP);
        }
        throw new IllegalArgumentException("no demo security server " + server);
    }

    public static int clientProxyPort(SecurityServerId server, DemoPorts ports) {
        if (server.equals(SS_MOH)) {
            return ports.healthClientProxy();
        }
        if (server.equals(SS_MOJ)) {
            return ports.justiceClientProxy();
        }
        if (server.equals(SS_VSS)) {
            return ports.insuranceClientProxy();
        }
        return server.equals(SS_MPS) ? ports.npdClientProxy()
                : server.equals(SS_VPCP) ? ports.portalClientProxy() : ports.provinceClientProxy();
    }

    public static int serverProxyPort(SecurityServerId server, DemoPorts ports) {
        if (server.equals(SS_MOJ)) {
            return ports.justiceServerProxy();
        }
        if (server.equals(SS_VSS)) {
            return ports.insuranceServerProxy();
        }
        return server.equals(SS_MPS) ? ports.npdServerProxy()
                : server.equals(SS_VPCP) ? ports.portalServerProxy() : ports.provinceServerProxy();
    }

    /** A short directory name for a server's configuration folder. */
    public static String folderOf(SecurityServerId server) {
        return server.serverCode().toLowerCase(java.util.Locale.ROOT);
    }
}
