package vn.lienthong.conf.local;

import static vn.lienthong.conf.xml.ConfXml.children;
import static vn.lienthong.conf.xml.ConfXml.optional;
import static vn.lienthong.conf.xml.ConfXml.required;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.ServiceId;
import vn.lienthong.conf.xml.ConfXml;

/**
 * The services this security server's subsystems provide, with their access rights
 * ({@code services.xml}):
 *
 * <pre>{@code
 * <services>
 *   <service id="VN/GOV/MPS/NPD/getCitizen/v1" url="http://127.0.0.1:8090/npd" timeoutSeconds="10"
 *            wsdl="classpath:wsdl/npd/npd-query.wsdl">
 *     <allow client="VN/GOV/VPCP/PORTAL"/>
 *     <allow group="npd-consumers"/>
 *   </service>
 * </services>
 * }</pre>
 */
public final class LocalServices {

    private final List<ServiceDescription> services;

    public LocalServices(List<ServiceDescription> services) {
        this.services = List.copyOf(services);
    }

    public static LocalServices load(Path file, Duration defaultTimeout) {
        Element root = ConfXml.read(file);
        List<ServiceDescription> services = new ArrayList<>();
        for (Element s : children(root, "service")) {
            ServiceId id;
            URI url;
            try {
                id = ServiceId.parse(required(s, "id", file));
                url = URI.create(required(s, "url", file));
            } catch (IllegalArgumentException e) {
                throw new ConfException(file + ": bad <service>: " + e.getMessage(), e);
            }
            String timeout = optional(s, "timeoutSeconds");
            Set<ClientId> clients = new HashSet<>();
            Set<String> groups = new HashSet<>();
            for (Element a : children(s, "allow")) {
                String client = optional(a, "client");
                String group = optional(a, "group");
                if ((client == null) == (group == null)) {
                    throw new ConfException(file + ": <allow> of " + id + " needs exactly one of client= or group=");
                }
                if (client != null) {
                    try {
                        clients.add(ClientId.parse(client));
                    } catch (IllegalArgumentException e) {
                        throw new ConfException(file + ": bad <allow client> of " + id + ": " + e.getMessage(), e);
                    }
                } else {
                    groups.add(group);
                }
            }
            services.add(new ServiceDescription(id, url,
                    timeout == null ? defaultTimeout : Duration.ofSeconds(Long.parseLong(timeout)),
                    optional(s, "wsdl"), clients, groups));
        }
        return new LocalServices(services);
    }

    public List<ServiceDescription> all() {
        return services;
    }

    /** The service with exactly this provider, code and version. */
    public Optional<ServiceDescription> find(ServiceId id) {
        return services.stream()
                .filter(s -> s.id().provider().equals(id.provider())
                        && s.id().serviceCode().equals(id.serviceCode())
                        && Objects.equals(s.id().serviceVersion(), id.serviceVersion()))
                .findFirst();
    }

    public List<ServiceDescription> of(ClientId provider) {
        return services.stream().filter(s -> s.id().provider().equals(provider)).toList();
    }
}
