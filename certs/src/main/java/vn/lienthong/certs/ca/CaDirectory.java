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
 * issued/index.tsv  one line per issued certificate: serial, status, type, notAfter, revocation, subject
 * issued/SERIAL.pem each issued certificate
 * crl/crlnumber     the number of the next CRL, hexadecimal (made by the first CRL)
 * crl/crl.der, crl/crl.pem   the latest CRL
 * ocsp/responder.p12, ocsp/responder.pem   the delegated OCSP responder (alias "ocsp"), made on first use
 * tsa/tsa.p12, tsa/tsa.pem                 the time-stamping authority (alias "tsa"), made on first use
 * tsa/serial        the serial number of the next time-stamp token, hexadecimal
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

    Path crlNumber() {
        return root.resolve("crl").resolve("crlnumber");
    }

    Path crlDer() {
        return root.resolve("crl").resolve("crl.der");
    }

    Path crlPem() {
        return root.resolve("crl").resolve("crl.pem");
    }

    Path ocspResponderKeyStore() {
        return root.resolve("ocsp").resolve("responder.p12");
    }

    Path ocspResponderPem() {
        return root.resolve("ocsp").resolve("responder.pem");
    }

    Path timeStampingKeyStore() {
        return root.resolve("tsa").resolve("tsa.p12");
    }

    Path timeStampingPem() {
        return root.resolve("tsa").resolve("tsa.pem");
    }

    Path timeStampSerial() {
        return root.resolve("tsa").resolve("serial");
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
