package vn.lienthong.certs.pem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienthong.certs.files.AtomicFiles;

/**
 * PEM ({@code -----BEGIN CERTIFICATE-----}) encoding of X.509 certificates and certificate chains.
 * A chain is written leaf first, one block per certificate, as TLS servers and {@code openssl} expect.
 * Text outside the blocks (comments, {@code openssl x509 -text} output) is ignored when reading.
 */
public final class Pem {

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*?)-----END CERTIFICATE-----");
    private static final Pattern ANY_BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");

    private Pem() {
    }

    /**
     * Any DER structure as one PEM block labelled {@code label} (e.g. {@code X509 CRL}), lines of 64 characters,
     * ending with a line feed.
     */
    public static String encode(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    /**
     * The DER bytes of the first PEM block in {@code text} labelled with one of {@code labels} (such as
     * {@code CERTIFICATE REQUEST} and {@code NEW CERTIFICATE REQUEST}); empty if there is none.
     *
     * @throws IllegalArgumentException if such a block is not valid Base64
     */
    public static Optional<byte[]> decodeBlock(String text, String... labels) {
        for (String label : labels) {
            Matcher block = Pattern.compile("-----BEGIN " + Pattern.quote(label) + "-----([A-Za-z0-9+/=\\s]*?)-----END "
                    + Pattern.quote(label) + "-----").matcher(text);
            if (block.find()) {
                try {
                    return Optional.of(Base64.getMimeDecoder().decode(block.group(1)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the PEM '" + label + "' block is not valid Base64", e);
                }
            }
        }
        return Optional.empty();
    }

    /** One PEM block, lines of 64 characters, ending with a line feed. */
    public static String encode(X509Certificate certificate) {
        byte[] der;
        try {
            der = certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate " + certificate.getSubjectX500Principal()
                    + " cannot be DER-encoded", e);
        }
        return BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n" + END + "\n";
    }

    /** The certificates as consecutive PEM blocks, in the order given. */
    public static String encode(List<X509Certificate> chain) {
        StringBuilder text = new StringBuilder();
        chain.forEach(certificate -> text.append(encode(certificate)));
        return text.toString();
    }

    /** All certificates in {@code text}, in order; fails if there is none or a block is damaged. */
    public static List<X509Certificate> decodeAll(String text) {
        Matcher blocks = BLOCK.matcher(text);
        List<X509Certificate> certificates = new ArrayList<>();
        CertificateFactory factory = x509Factory();
        while (blocks.find()) {
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(blocks.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("PEM certificate block " + (certificates.size() + 1)
                        + " is not valid Base64", e);
            }
            try {
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            } catch (CertificateException e) {
                throw new IllegalArgumentException("PEM certificate block " + (certificates.size() + 1)
                        + " does not hold a DER X.509 certificate: " + e.getMessage(), e);
            }
        }
        if (certificates.isEmpty()) {
            Matcher other = ANY_BEGIN.matcher(text);
            String found = other.find() ? "found a '" + other.group(1) + "' block instead" : "found no PEM block";
            throw new IllegalArgumentException("expected a PEM '" + BEGIN + "' block but " + found);
        }
        return List.copyOf(certificates);
    }

    /** The single certificate in {@code text}; fails if there are none or several. */
    public static X509Certificate decode(String text) {
        List<X509Certificate> certificates = decodeAll(text);
        if (certificates.size() != 1) {
            throw new IllegalArgumentException("expected one PEM certificate, found " + certificates.size()
                    + "; read it as a chain with decodeAll/readChain");
        }
        return certificates.get(0);
    }

    public static X509Certificate read(Path file) throws IOException {
        return withFileName(file, () -> decode(Files.readString(file, StandardCharsets.US_ASCII)));
    }

    public static List<X509Certificate> readChain(Path file) throws IOException {
        return withFileName(file, () -> decodeAll(Files.readString(file, StandardCharsets.US_ASCII)));
    }

    /** Writes one certificate, replacing the file atomically. */
    public static void write(Path file, X509Certificate certificate) throws IOException {
        AtomicFiles.write(file, encode(certificate).getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes a chain (leaf first), replacing the file atomically. */
    public static void writeChain(Path file, List<X509Certificate> chain) throws IOException {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("refusing to write an empty certificate chain to " + file);
        }
        AtomicFiles.write(file, encode(chain).getBytes(StandardCharsets.US_ASCII));
    }

    private interface Reading<T> {
        T read() throws IOException;
    }

    private static <T> T withFileName(Path file, Reading<T> reading) throws IOException {
        try {
            return reading.read();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static CertificateFactory x509Factory() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("this Java runtime has no X.509 certificate factory", e);
        }
    }
}
