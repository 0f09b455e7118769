package vn.lienthong.benchmarks.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CryptoCountTest {

    /** The thirteenth round's sizes: a 13,787-byte protected request and a 17,652-byte protected response. */
    private static final RoundTripShape SHAPE = new RoundTripShape(1132, 222, List.of(309, 277, 435),
            3859, 13_787, 3162, List.of(3249, 277, 435), 3855, 17_652, 874, 256, 943);

    @Test
    void aMessageGoesOverTlsInRecordsOfAtMost16KiB() {
        assertThat(CryptoCount.tlsRecords(13_787)).containsExactly(13_787);
        assertThat(CryptoCount.tlsRecords(16_384)).containsExactly(16_384);
        assertThat(CryptoCount.tlsRecords(17_652)).containsExactly(16_384, 1268);
        assertThat(CryptoCount.tlsRecords(40_000)).containsExactly(16_384, 16_384, 7232);
        assertThatThrownBy(() -> CryptoCount.tlsRecords(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one byte");
    }

    @Test
    void eachSideCountsOneAesGcmOperationPerTlsRecord() {
        List<CountedOperation> ops = CryptoCount.ofBusRoundTrip(SHAPE);
        assertThat(step(ops, "SS-VPCP TLS records of the protected request").inputBytes()).containsExactly(13_787);
        assertThat(step(ops, "SS-MPS TLS records of the protected request").primitive())
                .isEqualTo(Primitive.AES_GCM_DECRYPT);
        CountedOperation sent = step(ops, "SS-MPS TLS records of the protected response");
        assertThat(sent.primitive()).isEqualTo(Primitive.AES_GCM_ENCRYPT);
        assertThat(sent.inputBytes()).containsExactly(16_384, 1268);
        assertThat(step(ops, "SS-VPCP TLS records of the protected response").count()).isEqualTo(2);
    }

    @Test
    void aRoundTripSignsTwiceUnwrapsTwiceAndVerifiesTwice() {
        List<CountedOperation> ops = CryptoCount.ofBusRoundTrip(SHAPE);
        assertThat(count(ops, Primitive.RSA_PSS_SIGN)).isEqualTo(2);
        assertThat(count(ops, Primitive.RSA_OAEP_UNWRAP)).isEqualTo(2);
        assertThat(count(ops, Primitive.RSA_PSS_VERIFY)).isEqualTo(2);
        assertThat(count(ops, Primitive.RSA_OAEP_WRAP)).isEqualTo(2);
        // Body content both ways, encrypted and decrypted, and four TLS records one way and two the other.
        assertThat(count(ops, Primitive.AES_GCM_ENCRYPT) + count(ops, Primitive.AES_GCM_DECRYPT)).isEqualTo(10);
    }

    private static CountedOperation step(List<CountedOperation> ops, String step) {
        return ops.stream().filter(o -> o.step().equals(step)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + step + " in " + ops));
    }

    private static int count(List<CountedOperation> ops, Primitive primitive) {
        return ops.stream().filter(o -> o.primitive() == primitive).mapToInt(CountedOperation::count).sum();
    }
}
