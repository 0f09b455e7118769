package vn.lienthong.launcher.ca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the CA password comes from: {@code --password-file FILE} (its first line), else the environment variable
 * {@value #ENVIRONMENT_VARIABLE}. Never an option value (it would show in the process list) and never a prompt.
 */
final class CaPassword {

    static final String ENVIRONMENT_VARIABLE = "LIENTHONG_CA_PASSWORD";
    static final int MIN_NEW_PASSWORD_LENGTH = 12;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "file whose first line is the CA password (else the environment variable "
                    + ENVIRONMENT_VARIABLE + ")")
    private Path file;

    /** The password, from the file if one was given, else from the environment. */
    char[] read(CaEnvironment environment) {
        String password;
        if (file != null) {
            try {
                password = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new CaInputException("cannot read the password file " + file + " (" + e.getMessage()
                        + "): give a readable file with --password-file, or set " + ENVIRONMENT_VARIABLE, e);
            }
            if (password.isEmpty()) {
                throw new CaInputException("the password file " + file + " is empty: write the CA password on its"
                        + " first line");
            }
        } else {
            password = environment.variable(ENVIRONMENT_VARIABLE);
            if (password == null || password.isEmpty()) {
                throw new CaInputException("no CA password: give --password-file FILE (a file holding the password)"
                        + " or set the environment variable " + ENVIRONMENT_VARIABLE);
            }
        }
        return password.toCharArray();
    }

    /** The password for a new CA, which must be at least {@value #MIN_NEW_PASSWORD_LENGTH} characters long. */
    char[] readNew(CaEnvironment environment) {
        char[] password = read(environment);
        if (password.length < MIN_NEW_PASSWORD_LENGTH) {
            throw new CaInputException("the CA password has " + password.length + " characters: choose one of at"
                    + " least " + MIN_NEW_PASSWORD_LENGTH + " (e.g. openssl rand -base64 24 > FILE)");
        }
        return password;
    }
}
