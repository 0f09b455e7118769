package vn.lienthong.launcher.globalconf;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The password of a member's PKCS#12: {@code --keystore-password-file FILE}, else {@value #ENVIRONMENT_VARIABLE}. */
final class KeystorePassword {

    static final String ENVIRONMENT_VARIABLE = "LIENTHONG_KEYSTORE_PASSWORD";

    @Option(names = "--keystore-password-file", paramLabel = "FILE",
            description = "file whose first line is the key store password (else the environment variable "
                    + ENVIRONMENT_VARIABLE + ")")
    private Path file;

    char[] read(CliEnvironment environment) {
        return SecretSource.read(file, "--keystore-password-file", ENVIRONMENT_VARIABLE, "key store password",
                environment);
    }
}
