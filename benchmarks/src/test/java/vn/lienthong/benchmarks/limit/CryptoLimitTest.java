package vn.lienthong.benchmarks.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CryptoLimitTest {

    /** Two signatures and one 3,000-byte hash per round trip; the signature's second fork ran on a busy host. */
    private static final CryptoLimit LIMIT = new CryptoLimit(null, List.of(
            new CountedOperation(Primitive.RSA_PSS_SIGN, "signs", List.of(0, 0)),
            new CountedOperation(Primitive.SHA256, "hashes", List.of(3000))),
            Map.of(Primitive.RSA_PSS_SIGN, Map.of(0, List.of(800.0, 1400.0, 820.0)),
                    Primitive.SHA256, Map.of(4096, List.of(3.0), 1024, List.of(1.0))), 2);

    @Test
    void eachPrimitiveCountsAtItsFastestFork() {
        assertThat(LIMIT.micros(Primitive.RSA_PSS_SIGN, 0)).isEqualTo(800.0);
    }

    @Test
    void aSizedInputIsTimedAtTheNextMeasuredPowerOfTwo() {
        assertThat(LIMIT.micros(Primitive.SHA256, 3000)).isEqualTo(3.0);
        assertThat(LIMIT.micros(Primitive.SHA256, 1024)).isEqualTo(1.0);
    }

    @Test
    void theLimitIsTheCoresOverTheCryptoOfOneRoundTrip() {
        assertThat(LIMIT.operationCount()).isEqualTo(3);
        assertThat(LIMIT.microsPerRoundTrip()).isEqualTo(1603.0);
        assertThat(LIMIT.roundTripsPerSecond()).isEqualTo(2 * 1e6 / 1603.0);
    }

    @Test
    void aPrimitiveJmhDidNotMeasureIsAnError() {
        assertThatThrownBy(() -> LIMIT.micros(Primitive.RSA_OAEP_UNWRAP, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JMH measured no RSA_OAEP_UNWRAP");
        assertThatThrownBy(() -> LIMIT.micros(Primitive.SHA256, 5000))
                .hasMessageContaining("at 8192 bytes");
    }
}
