package vn.lienthong.launcher.globalconf;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Function;
import vn.lienthong.globalconf.format.Certificates;

/** Parses option values into identifiers, URLs and certificates, with messages that name the option. */
final class Arguments {

    private Arguments() {
    }

    static <T> T parse(String option, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CliInputException("bad " + option + " '" + value + "': " + e.getMessage());
        }
    }

    static URI url(String option, String value) {
        try {
            URI uri = new URI(value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new URISyntaxException(value, "use http:// or https://");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CliInputException("bad " + option + " '" + value + "': " + e.getMessage());
        }
    }

    static List<X509Certificate> certificates(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliInputException(option + " " + file + " does not exist: give a PEM certificate file");
        }
        try {
            return Certificates.parse(Files.readAllBytes(file), option + " " + file);
        } catch (IOException e) {
            throw new CliInputException("cannot read " + option + " " + file + ": " + e.getMessage(), e);
        }
    }

    static X509Certificate certificate(String option, Path file) {
        return certificates(option, file).get(0);
    }
}
