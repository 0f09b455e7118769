package vn.lienthong.routes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.camel.component.netty.http.NettyHttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import vn.lienthong.conf.ConfException;

class ProxyWorkersTest {

    private static final Path FILE = Path.of("conf/server.properties");

    @Test
    void absentOrBlankMeansTheDefault() {
        assertThat(ProxyWorkers.parse(null, FILE)).isEqualTo(256);
        assertThat(ProxyWorkers.parse("  ", FILE)).isEqualTo(256);
    }

    @Test
    void aNumberInRangeIsTaken() {
        assertThat(ProxyWorkers.parse(" 64 ", FILE)).isEqualTo(64);
        assertThat(ProxyWorkers.parse("1", FILE)).isEqualTo(1);
        assertThat(ProxyWorkers.parse("10000", FILE)).isEqualTo(10_000);
    }

    @Test
    void anythingElseIsRefusedNamingTheFileAndTheSetting() {
        assertThatThrownBy(() -> ProxyWorkers.parse("many", FILE)).isInstanceOf(ConfException.class)
                .hasMessage(FILE + ": lienthong.http.worker-threads=many is not a whole number of threads");
        assertThatThrownBy(() -> ProxyWorkers.parse("0", FILE)).isInstanceOf(ConfException.class)
                .hasMessage(FILE + ": lienthong.http.worker-threads=0 is out of range: between 1 and 10000 threads");
        assertThatThrownBy(() -> ProxyWorkers.parse("10001", FILE)).isInstanceOf(ConfException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void theProxiesComponentGetsThePool() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            ProxyWorkers.apply(camel, 300);
            assertThat(camel.getComponent("netty-http", NettyHttpComponent.class).getMaximumPoolSize()).isEqualTo(300);
        }
    }
}
