package vn.lienthong.certs.ca;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The files of a CA directory.
 *
 * <pre>
 * root.p12          root key + certificate (alias "root"); needed only to certify a new intermediate
 * intermediate.p12  issuing key + chain intermediate, root (alias "intermediate")
 * root.pem, intermediate.pem, chain.pem (intermediate then root)
 * serial            next serial number, hexadecimal; written last by init, so it marks a complete CA
 * issued/index.tsv  one line per issued certificate: serial, status, type, notAfter, subject
 * issued/SERIAL.pem each issued certificate
 * </pre>
 */
record CaDirectory(Path root) {

    static final String ROOT_ALIAS = "root";
    static final String INTERMEDIATE_ALIAS = "intermediate";

    Path rootKeyStore() {
        return root.resolve("root.p12");
    }

    Path intermediateKeyStore() {
        return root.resolve("intermediate.p12");
    }

    Path rootPem() {
        return root.resolve("root.pem");
    }

    Path intermediatePem() {
        return root.resolve("intermediate.pem");
    }

    Path chainPem() {
        return root.resolve("chain.pem");
    }

    Path serial() {
        return root.resolve("serial");
    }

    Path issued() {
        return root.resolve("issued");
    }

    boolean isComplete() {
        return Files.isRegularFile(serial()) && Files.isRegularFile(intermediateKeyStore())
                && Files.isRegularFile(rootPem()) && Files.isDirectory(issued());
    }

    boolean hasAnyCaFile() {
        return Stream.of(rootKeyStore(), intermediateKeyStore(), rootPem(), intermediatePem(), chainPem(), serial(),
                issued()).anyMatch(Files::exists);
    }
}
