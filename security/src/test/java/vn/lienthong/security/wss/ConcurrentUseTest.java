package vn.lienthong.security.wss;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.testpki.InMemoryReplayCache;
import vn.lienthong.security.testpki.MutableClock;
import vn.lienthong.security.testpki.Soap;
import vn.lienthong.security.testpki.TestPki;
import vn.lienthong.security.trust.CertificateChainValidator;
import vn.lienthong.security.trust.RevocationChecking;

/** One protector and one verifier serve many threads at once. */
class ConcurrentUseTest {

    @Test
    void sharedProtectorAndVerifierWorkInParallel() throws Exception {
        TestPki pki = TestPki.ec();
        SigningCredential sender = pki.member(TestPki.MEMBER_A);
        SigningCredential receiver = pki.member(TestPki.MEMBER_B);
        MutableClock clock = MutableClock.atTestNow();
        InMemoryReplayCache replayCache = new InMemoryReplayCache();
        MessageProtector protector = new MessageProtector(clock);
        MessageVerifier verifier = new MessageVerifier(
                new CertificateChainValidator(pki.trustAnchors(), RevocationChecking.disabled()),
                replayCache, clock, Duration.ofMinutes(5), Duration.ofSeconds(30));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<VerifiedMessage>> results = IntStream.range(0, 32)
                    .mapToObj(i -> pool.submit(() -> {
                        Document sent = protector.protect(Soap.request(Soap.Version.values()[i % 2]), sender,
                                receiver.certificate(), List.of(Soap.CLIENT, Soap.SERVICE));
                        return verifier.verify(Soap.overTheWire(sent), receiver, List.of(Soap.CLIENT, Soap.SERVICE));
                    }))
                    .toList();
            for (Future<VerifiedMessage> result : results) {
                assertThat(result.get().signerCertificate()).isEqualTo(sender.certificate());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(replayCache.size()).isEqualTo(32);
    }

    @Test
    void envelopeWithoutHeaderGetsASecurityHeaderAndLosesItAgain() throws Exception {
        TestPki pki = TestPki.rsa();
        SigningCredential sender = pki.member(TestPki.MEMBER_A);
        SigningCredential receiver = pki.member(TestPki.MEMBER_B);
        MutableClock clock = MutableClock.atTestNow();
        MessageVerifier verifier = new MessageVerifier(
                new CertificateChainValidator(pki.trustAnchors(), RevocationChecking.disabled()),
                new InMemoryReplayCache(), clock, Duration.ofMinutes(5), Duration.ofSeconds(30));
        Document bare = Soap.parse("<s:Envelope xmlns:s='" + Soap.Version.SOAP12.namespace() + "'>"
                + "<s:Body><ping xmlns='urn:test'>hello</ping></s:Body></s:Envelope>");

        Document sent = new MessageProtector(clock).protect(bare, sender, receiver.certificate(), List.of());
        VerifiedMessage verified = verifier.verify(Soap.overTheWire(sent), receiver, List.of());

        assertThat(Soap.serialize(verified.envelope())).contains("hello").doesNotContain("Security");
    }
}
