package vn.lienthong.launcher.process;

import java.util.concurrent.CountDownLatch;

/** How every long-running command serves: until the process is asked to stop (Ctrl-C, SIGTERM), then it closes what runs. */
public final class UntilStopped {

    private UntilStopped() {
    }

    /** Blocks until the JVM shuts down; {@code running} is closed by the shutdown hook before this returns. */
    public static void serve(AutoCloseable running, String name) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("lienthong: stopping " + name + " failed: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "lienthong-" + name + "-shutdown"));
        stopped.await();
    }
}
