package vn.lienthong.conf.local;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import vn.lienthong.conf.global.GlobalConf;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.ServiceId;

/**
 * A service that one of this server's subsystems provides: where its information system listens, how
 * long to wait for it, where its WSDL is, and who may call it (default deny).
 */
public record ServiceDescription(ServiceId id, URI url, Duration timeout, String wsdl,
        Set<ClientId> allowedClients, Set<String> allowedGroups) {

    public ServiceDescription {
        allowedClients = Set.copyOf(allowedClients);
        allowedGroups = Set.copyOf(allowedGroups);
    }

    /** Access rights: granted per client (member or subsystem) or global group; everything else is denied. */
    public boolean allows(ClientId client, GlobalConf global) {
        if (allowedClients.contains(client)) {
            return true;
        }
        return allowedGroups.stream().anyMatch(group -> global.isInGroup(client, group));
    }
}
