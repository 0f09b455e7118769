package vn.lienthong.certs.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs the {@code openssl} command line tool as an independent check; skips the test if it is not installed. */
public final class Openssl {

    /** What one run printed (stdout and stderr together) and how it ended. */
    public record Result(int exitCode, String output) {
    }

    private final Path executable;

    private Openssl(Path executable) {
        this.executable = executable;
    }

    /** The openssl on PATH, or a skipped test (never a silent pass) when there is none. */
    public static Openssl requireOnPath() {
        Optional<Path> found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry, "openssl"))
                .filter(Files::isExecutable)
                .findFirst();
        assumeTrue(found.isPresent(), "openssl is not on PATH, so this interoperability check cannot run:"
                + " install openssl (apt-get install -y openssl) to run it");
        return new Openssl(found.get());
    }

    public Result run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("openssl did not finish within 60 s: " + command);
        }
        return new Result(process.exitValue(), output);
    }
}
