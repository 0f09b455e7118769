package vn.lienthong.security.testpki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SoftHSM2, a real PKCS#11 token, for tests. The library reads its configuration from SOFTHSM2_CONF,
 * which the build sets for the test JVM (security/pom.xml) to a file under target/ that this class writes,
 * with the token folder beside it, before the library is first loaded. Without the variable (an IDE run)
 * the system configuration /etc/softhsm/softhsm2.conf is used.
 */
public final class SoftHsm {

    public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    public static final String NOT_INSTALLED = "softhsm2 not installed: apt-get install softhsm2";

    private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");
    private static Path configuration;

    private SoftHsm() {
    }

    public static boolean installed() {
        return Files.isRegularFile(LIBRARY);
    }

    /** Initialises a new token in a free slot and returns its slot id. */
    public static long initToken(String label, String soPin, String userPin) {
        ProcessBuilder process = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", label,
                "--so-pin", soPin, "--pin", userPin).redirectErrorStream(true);
        process.environment().put("SOFTHSM2_CONF", configuration().toString());
        try {
            Process running = process.start();
            String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!running.waitFor(60, TimeUnit.SECONDS) || running.exitValue() != 0) {
                throw new IllegalStateException("softhsm2-util --init-token failed: " + output);
            }
            Matcher slot = SLOT.matcher(output);
            if (!slot.find()) {
                throw new IllegalStateException("softhsm2-util did not name the slot: " + output);
            }
            return Long.parseLong(slot.group(1));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run softhsm2-util: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Path configuration() {
        if (configuration != null) {
            return configuration;
        }
        String variable = System.getenv("SOFTHSM2_CONF");
        if (variable == null || variable.isBlank()) {
            configuration = Path.of("/etc/softhsm/softhsm2.conf");
            return configuration;
        }
        Path file = Path.of(variable);
        Path tokens = file.resolveSibling("tokens");
        try {
            if (Files.exists(tokens)) {
                try (Stream<Path> old = Files.walk(tokens)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(tokens);
            Files.writeString(file, "directories.tokendir = " + tokens.toAbsolutePath() + "\n"
                    + "objectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the SoftHSM2 configuration " + file, e);
        }
        configuration = file;
        return configuration;
    }
}
