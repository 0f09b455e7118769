package vn.lienthong.messagelog.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class Sha256Test {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void digestsTheFipsVectorAcrossParts() {
        byte[] a = "a".getBytes(StandardCharsets.US_ASCII);
        byte[] bc = "bc".getBytes(StandardCharsets.US_ASCII);

        assertThat(HexFormat.of().formatHex(Sha256.of(a, bc))).isEqualTo(ABC);
        assertThat(Sha256.of()).hasSize(Sha256.LENGTH);
    }

    @Test
    void everyDigestStartsFresh() {
        MessageDigest used = Sha256.newDigest();
        used.update("left over".getBytes(StandardCharsets.US_ASCII));

        MessageDigest fresh = Sha256.newDigest();
        fresh.update("abc".getBytes(StandardCharsets.US_ASCII));

        assertThat(fresh).isNotSameAs(used);
        assertThat(HexFormat.of().formatHex(fresh.digest())).isEqualTo(ABC);
    }

    @Test
    void threadsHashingAtOnceGetTheirOwnDigests() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> tasks = IntStream.range(0, 2_000).<Callable<String>>mapToObj(i ->
                    () -> HexFormat.of().formatHex(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)))).toList();
            for (Future<String> digest : pool.invokeAll(tasks)) {
                assertThat(digest.get()).isEqualTo(ABC);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
