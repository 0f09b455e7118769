package vn.lienthong.routes.provider.npd.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operator endpoint's caller check: loopback addresses in, every other address (or a name) out. */
class LoopbackOnlyTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "0:0:0:0:0:0:0:1"})
    void loopbackCallersAreServed(String address) {
        assertThat(LoopbackOnly.allows(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5", "192.168.1.20", "fe80::1", "203.113.0.9", "localhost", ""})
    void otherCallersAreRefused(String address) {
        assertThat(LoopbackOnly.allows(address)).isFalse();
    }
}
