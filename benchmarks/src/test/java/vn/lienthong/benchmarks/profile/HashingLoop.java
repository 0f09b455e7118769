package vn.lienthong.benchmarks.profile;

import java.security.MessageDigest;

/** A JVM for {@link AsyncProfilerTest} to profile: hashes until its standard input closes. */
public final class HashingLoop {

    private HashingLoop() {
    }

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(() -> {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] block = new byte[4096];
                while (true) {
                    block[0] = sha.digest(block)[0];
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "hashing");
        worker.setDaemon(true);
        worker.start();
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
            // until the test closes our standard input
        }
    }
}
