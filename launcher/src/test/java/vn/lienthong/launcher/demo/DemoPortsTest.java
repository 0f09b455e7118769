package vn.lienthong.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoPortsTest {

    @Test
    void freePortsAreDistinctAndBelowTheOutgoingConnectionsRange() {
        DemoPorts p = DemoPorts.free();
        List<Integer> ports = List.of(p.portalClientProxy(), p.portalServerProxy(), p.npdClientProxy(),
                p.npdServerProxy(), p.provinceClientProxy(), p.provinceServerProxy(), p.npdProviderSystem(),
                p.ocspResponder(), p.timeStampingAuthority(), p.configurationAuthority(), p.healthClientProxy(),
                p.healthServerProxy(), p.justiceClientProxy(), p.justiceServerProxy(), p.insuranceClientProxy(),
                p.insuranceServerProxy(), p.insuranceNotifications());
        assertThat(ports).doesNotHaveDuplicates().allSatisfy(port -> assertThat(port).isBetween(20_000, 32_767));
    }
}
