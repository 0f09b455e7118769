package vn.lienthong.routes.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The permits bound how many messages compute at once, come back whatever happens, and are away while a message waits. */
class CpuPermitsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final CountDownLatch open = new CountDownLatch(1);
    private final AtomicInteger computing = new AtomicInteger();
    private final AtomicInteger mostComputing = new AtomicInteger();
    private final AtomicInteger waitingAway = new AtomicInteger();
    private DefaultCamelContext camel;
    private ProducerTemplate producer;

    private CpuPermits start(int permits) throws Exception {
        CpuPermits cpu = new CpuPermits(permits);
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:compute").process(cpu::take).process(exchange -> {
                    mostComputing.accumulateAndGet(computing.incrementAndGet(), Math::max);
                    try {
                        open.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    } finally {
                        computing.decrementAndGet();
                    }
                });
                from("direct:fail").process(cpu::take).process(exchange -> {
                    throw new IllegalStateException("the step failed");
                });
                from("direct:wait").process(cpu::take).process(exchange -> exchange.getMessage().setBody(
                        cpu.awayWhile(exchange, () -> {
                            waitingAway.incrementAndGet();
                            try {
                                return open.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return false;
                            }
                        })));
                from("direct:outer").process(cpu::take).to("direct:inner");
                from("direct:inner").process(cpu::take).setBody(constant("done"));
            }
        });
        camel.start();
        producer = camel.createProducerTemplate();
        return cpu;
    }

    @AfterEach
    void stop() throws Exception {
        open.countDown();
        if (camel != null) {
            camel.close();
        }
    }

    @Test
    void noMoreMessagesComputeAtOnceThanThereArePermits() throws Exception {
        CpuPermits cpu = start(2);
        List<CompletableFuture<Object>> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(producer.asyncRequestBody("direct:compute", "m" + i));
        }
        await().atMost(PATIENCE).until(() -> computing.get() == 2 && cpu.waiting() == 3);
        assertThat(cpu.available()).isZero();

        open.countDown();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(mostComputing).hasValue(2);
        await().atMost(PATIENCE).until(() -> cpu.available() == 2);
    }

    @Test
    void aFailedMessageGivesItsPermitBack() throws Exception {
        CpuPermits cpu = start(1);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> producer.requestBody("direct:fail", "m"))
                    .isInstanceOf(CamelExecutionException.class).hasRootCauseMessage("the step failed");
            assertThat(cpu.available()).isEqualTo(1);
        }
    }

    @Test
    void aWaitingMessageLendsItsPermitAndTakesItBackAfterwards() throws Exception {
        CpuPermits cpu = start(1);
        CompletableFuture<Object> first = producer.asyncRequestBody("direct:wait", "a");
        CompletableFuture<Object> second = producer.asyncRequestBody("direct:wait", "b");
        await().atMost(PATIENCE).until(() -> waitingAway.get() == 2);
        assertThat(cpu.available()).as("both messages wait at once on a single permit").isEqualTo(1);

        open.countDown();
        assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(true);
        assertThat(second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(true);
        await().atMost(PATIENCE).until(() -> cpu.available() == 1);
    }

    @Test
    void aMessageThroughTwoRoutesTakesOnePermit() throws Exception {
        CpuPermits cpu = start(1);
        assertThat(producer.requestBody("direct:outer", "m")).isEqualTo("done");
        assertThat(producer.requestBody("direct:outer", "m")).isEqualTo("done");
        assertThat(cpu.available()).isEqualTo(1);
    }

    @Test
    void atLeastOnePermit() {
        assertThatThrownBy(() -> new CpuPermits(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at least one CPU permit is needed, not 0");
    }
}
