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
        assertThat(ProxyWorkers.parse(ProxyWorkers.THREADS, null, 7, FILE)).isEqualTo(7);
        assertThat(ProxyWorkers.parse(ProxyWorkers.THREADS, "  ", 7, FILE)).isEqualTo(7);
    }

    @Test
    void aNumberInRangeIsTaken() {
        assertThat(ProxyWorkers.parse(ProxyWorkers.THREADS, " 64 ", 256, FILE)).isEqualTo(64);
        assertThat(ProxyWorkers.parse(ProxyWorkers.THREADS, "1", 256, FILE)).isEqualTo(1);
        assertThat(ProxyWorkers.parse(ProxyWorkers.THREADS, "10000", 256, FILE)).isEqualTo(10_000);
    }

    @Test
    void anythingElseIsRefusedNamingTheFileAndTheSetting() {
        assertThatThrownBy(() -> ProxyWorkers.parse(ProxyWorkers.THREADS, "many", 256, FILE)).isInstanceOf(ConfException.class)
                .hasMessage(FILE + ": lienthong.http.worker-threads=many is not a whole number of threads");
        assertThatThrownBy(() -> ProxyWorkers.parse(ProxyWorkers.THREADS, "0", 256, FILE)).isInstanceOf(ConfException.class)
                .hasMessage(FILE + ": lienthong.http.worker-threads=0 is out of range: between 1 and 10000 threads");
        assertThatThrownBy(() -> ProxyWorkers.parse(ProxyWorkers.THREADS, "10001", 256, FILE)).isInstanceOf(ConfException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void cpuWorkersAreCheckedTheSameWayAndNamedInErrors() {
        assertThat(ProxyWorkers.parse(ProxyWorkers.CPU_WORKERS, null, 4, FILE)).isEqualTo(4);
        assertThat(ProxyWorkers.parse(ProxyWorkers.CPU_WORKERS, "3", 4, FILE)).isEqualTo(3);
        assertThatThrownBy(() -> ProxyWorkers.parse(ProxyWorkers.CPU_WORKERS, "-2", 4, FILE))
                .isInstanceOf(ConfException.class)
                .hasMessage(FILE + ": lienthong.http.cpu-workers=-2 is out of range: between 1 and 10000 threads");
    }

    @Test
    void theProxiesComponentGetsThePool() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            ProxyWorkers.apply(camel, 300);
            assertThat(camel.getComponent("netty-http", NettyHttpComponent.class).getMaximumPoolSize()).isEqualTo(300);
        }
    }
}
