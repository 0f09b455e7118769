package vn.lienthong.globalconf.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RepublishScheduleTest {

    @Test
    void closingLetsThePublicationUnderWayFinishUninterruptedAndStartsNoOther() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        RepublishSchedule schedule = RepublishSchedule.start(() -> {
            runs.incrementAndGet();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                interrupted.set(true);
                Thread.currentThread().interrupt();
            }
        }, () -> Duration.ofMillis(1));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(schedule::close);
        await().atMost(Duration.ofSeconds(5)).until(schedule::stopping);
        assertThat(closing).as("close waits for the publication under way").isNotDone();

        release.countDown();
        closing.get(5, TimeUnit.SECONDS);
        assertThat(interrupted).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailedPublicationDoesNotStopTheSchedule() {
        AtomicInteger runs = new AtomicInteger();
        RepublishSchedule schedule = RepublishSchedule.start(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the signing key is not active");
            }
        }, () -> Duration.ofMillis(1));
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 2);
        } finally {
            schedule.close();
        }
    }
}
