package vn.lienthong.messagelog.timestamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.messagelog.chain.Sha256;
import vn.lienthong.messagelog.testing.MutableClock;
import vn.lienthong.messagelog.testing.TestPki;
import vn.lienthong.messagelog.testing.TestTsa;

class HttpTimeStamperTest {

    private static final TestPki PKI = new TestPki("TSA Test");
    private static final TestPki STRANGER = new TestPki("Stranger");
    private final MutableClock clock = new MutableClock(TestPki.NOW);
    private final TestTsa tsa = newTsa();
    private final byte[] digest = Sha256.of(new byte[] {1, 2, 3});

    private TestTsa newTsa() {
        try {
            return new TestTsa(PKI, clock);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        tsa.close();
    }

    @Test
    void aTokenFromATrustedTsaVerifiesAgainstTheDigest() throws Exception {
        TimeStampResult result = tsa.client().stamp(digest);

        assertThat(result).isInstanceOfSatisfying(TimeStampResult.Stamped.class, s -> {
            assertThat(s.genTime()).isEqualTo(TestPki.NOW);
        });
        byte[] token = ((TimeStampResult.Stamped) result).token();
        assertThat(new TimeStampTokenVerifier(PKI.rootAnchor()).verify(token, digest).tsaCertificate()).isEqualTo(PKI.tsa);
    }

    @Test
    void aTokenFromAnUntrustedTsaFails() {
        HttpTimeStamper client = new HttpTimeStamper(tsa.url(), Duration.ofSeconds(5), new TimeStampTokenVerifier(STRANGER.rootAnchor()));

        assertThat(client.stamp(digest)).isInstanceOf(TimeStampResult.Failed.class);
    }

    @Test
    void anUnavailableTsaFails() {
        tsa.down();

        assertThat(tsa.client().stamp(digest)).isInstanceOf(TimeStampResult.Failed.class);
    }

    @Test
    void aTokenDoesNotVerifyForAnotherDigest() throws Exception {
        byte[] token = ((TimeStampResult.Stamped) tsa.client().stamp(digest)).token();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TimeStampTokenVerifier(PKI.rootAnchor())
                .verify(token, Sha256.of(new byte[] {9}))).isInstanceOf(TimeStampVerificationException.class);
    }
}
