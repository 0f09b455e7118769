package vn.lienthong.benchmarks.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuProfileTest {

    @Test
    void eachStackIsChargedToTheFirstCategoryOneOfItsFramesBelongsTo() {
        CpuProfile profile = CpuProfile.of(List.of(
                "java/lang/Thread.run;org/apache/wss4j/dom/processor/EncryptedKeyProcessor.handleToken;"
                        + "javax/crypto/Cipher.unwrap;sun/security/rsa/RSACore.rsa;montgomery_multiply 60",
                "java/lang/Thread.run;vn/lienthong/security/wss/MessageVerifier.verify;"
                        + "vn/lienthong/security/replay/JdbcReplayCache.firstSeen;org/h2/command/Command.executeUpdate 10",
                "java/lang/Thread.run;org/apache/jcp/xml/dsig/internal/dom/DOMReference.digest;"
                        + "org/apache/xml/security/c14n/implementations/CanonicalizerBase.canonicalizeSubTree 20",
                "clone3;start_thread;thread_native_entry;Thread::call_run;JavaThread::thread_main_inner;"
                        + "CompileBroker::compiler_thread_loop 5",
                "clone3;start_thread;thread_native_entry;Thread::call_run;GangWorker::run;GangWorker::loop 3",
                "",
                "java/lang/Thread.run;java/util/HashMap.getNode 2"), "test");

        assertThat(profile.total()).isEqualTo(100);
        assertThat(profile.share(CostCategory.RSA)).as("RSA under WSS4J is RSA").isCloseTo(0.60, within(1e-9));
        assertThat(profile.share(CostCategory.MESSAGE_LOG)).as("the database under the verifier").isCloseTo(0.10, within(1e-9));
        assertThat(profile.share(CostCategory.WS_SECURITY)).isCloseTo(0.20, within(1e-9));
        assertThat(profile.share(CostCategory.JIT)).isCloseTo(0.05, within(1e-9));
        assertThat(profile.share(CostCategory.GC)).isCloseTo(0.03, within(1e-9));
        assertThat(profile.share(CostCategory.OTHER)).isCloseTo(0.02, within(1e-9));
        assertThat(profile.share(CostCategory.EC)).isZero();
    }

    @Test
    void stacksWithoutWorkGoToTheFrameworkOfTheirInnermostFrameThatHasOne() {
        CpuProfile profile = CpuProfile.of(List.of(
                "java/lang/Thread.run;io/netty/channel/nio/NioEventLoop.run;"
                        + "org/apache/camel/processor/Pipeline$PipelineTask.run;java/util/HashMap.getNode 7",
                "java/lang/Thread.run;io/netty/channel/nio/NioEventLoop.run;org/apache/camel/processor/Pipeline.process;"
                        + "vn/lienthong/routes/runtime/CpuPermits.awayWhile;java/util/concurrent/Semaphore.acquire 2",
                "java/lang/Thread.run;io/netty/channel/nio/NioEventLoop.run;io/netty/buffer/PooledByteBuf.get 1"),
                "test");

        assertThat(profile.share(CostCategory.CAMEL)).isCloseTo(0.7, within(1e-9));
        assertThat(profile.share(CostCategory.LIENTHONG)).isCloseTo(0.2, within(1e-9));
        assertThat(profile.share(CostCategory.HTTP)).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void aLineWithoutItsSampleCountIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> CpuProfile.of(List.of("a;b 3", "a;b;c"), "server.collapsed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("server.collapsed line 2");
    }

    @Test
    void anEmptyProfileHasNoShares() {
        CpuProfile profile = CpuProfile.of(List.of(), "empty");

        assertThat(profile.total()).isZero();
        assertThat(profile.share(CostCategory.RSA)).isZero();
    }
}
