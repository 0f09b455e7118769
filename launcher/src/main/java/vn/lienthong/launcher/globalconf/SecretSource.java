package vn.lienthong.launcher.globalconf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a secret from the first line of a file, else from an environment variable; never from an option value. */
final class SecretSource {

    private SecretSource() {
    }

    static char[] read(Path file, String option, String variable, String what, CliEnvironment environment) {
        String secret;
        if (file != null) {
            try {
                secret = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new CliInputException("cannot read " + file + " (" + e.getMessage() + "): give a readable file"
                        + " with " + option + ", or set " + variable, e);
            }
            if (secret.isEmpty()) {
                throw new CliInputException("the file " + file + " is empty: write the " + what + " on its first line");
            }
        } else {
            secret = environment.variable(variable);
            if (secret == null || secret.isEmpty()) {
                throw new CliInputException("no " + what + ": give " + option + " FILE (a file holding it) or set the"
                        + " environment variable " + variable);
            }
        }
        return secret.toCharArray();
    }
}
