package vn.lienthong.launcher.globalconf;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The password of the authority's signing keys: {@code --password-file FILE}, else {@value #ENVIRONMENT_VARIABLE}. */
final class AuthorityPassword {

    static final String ENVIRONMENT_VARIABLE = "LIENTHONG_CONFAUTH_PASSWORD";

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "file whose first line is the authority's key password (else the environment variable "
                    + ENVIRONMENT_VARIABLE + ")")
    private Path file;

    char[] read(CliEnvironment environment) {
        return SecretSource.read(file, "--password-file", ENVIRONMENT_VARIABLE, "authority key password", environment);
    }
}
