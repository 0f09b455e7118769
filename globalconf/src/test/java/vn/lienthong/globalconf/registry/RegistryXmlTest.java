package vn.lienthong.globalconf.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.globalconf.testing.TestFederation;

/** The registry written and read back is the same registry, and an inconsistent one is refused. */
class RegistryXmlTest {

    @TempDir
    Path tmp;

    @Test
    void roundTrip() {
        Registry registry = TestFederation.create(tmp).authority().registry()
                .withGroup("npd-consumers", Set.of(ClientId.parse("VN/GOV/MOJ/CIVIL")));

        byte[] xml = RegistryXml.write(registry);
        Registry read = RegistryXml.read(xml, registry.settings(), "test");

        assertThat(read).isEqualTo(registry);
        assertThat(RegistryXml.write(read)).isEqualTo(xml);
        assertThat(SettingsXml.read(SettingsXml.write(registry.settings()), "test")).isEqualTo(registry.settings());
    }

    @Test
    void aServerOfAnUnknownOwnerIsRefused() {
        Registry empty = Registry.empty("VN");
        SecurityServerInfo orphan = new SecurityServerInfo(SecurityServerId.parse("VN/GOV/X/SS"), "h", 1, Set.of(),
                Set.of());

        assertThatThrownBy(() -> empty.withServer(orphan)).isInstanceOf(RegistryException.class);
    }

    @Test
    void aForgedInstanceInsideTheXmlIsRefused() {
        byte[] xml = ("<federation instance=\"VN\"><member class=\"GOV\" code=\"A\" name=\"A\"/>"
                + "<securityServer owner=\"XX/GOV/A\" code=\"S\" host=\"h\" port=\"1\"/></federation>").getBytes();

        assertThatThrownBy(() -> RegistryXml.read(xml, GlobalSettings.DEFAULTS, "test")).isInstanceOf(ConfException.class);
    }
}
