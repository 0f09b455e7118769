package vn.lienthong.globalconf.format;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import vn.lienthong.conf.ConfException;

/** X.509 certificates as the global configuration writes them: base64 DER inside XML, PEM in files. */
public final class Certificates {

    private static final Base64.Encoder PEM_BASE64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private Certificates() {
    }

    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded: " + e.getMessage(), e);
        }
    }

    public static String base64(X509Certificate certificate) {
        return Base64.getEncoder().encodeToString(der(certificate));
    }

    /** The certificate in base64 DER (white space allowed); {@code what} names it in the error. */
    public static X509Certificate fromBase64(String text, String what) {
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfException(what + " is not base64: " + e.getMessage(), e);
        }
        List<X509Certificate> all = parse(der, what);
        if (all.size() != 1) {
            throw new ConfException(what + " must hold exactly one certificate, found " + all.size());
        }
        return all.get(0);
    }

    public static String pem(List<X509Certificate> certificates) {
        StringBuilder out = new StringBuilder();
        for (X509Certificate c : certificates) {
            out.append("-----BEGIN CERTIFICATE-----\n")
                    .append(PEM_BASE64.encodeToString(der(c)))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return out.toString();
    }

    /** All certificates in PEM or DER {@code bytes}; at least one. */
    public static List<X509Certificate> parse(byte[] bytes, String what) {
        try {
            List<X509Certificate> result = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
                result.add((X509Certificate) c);
            }
            if (result.isEmpty()) {
                throw new ConfException(what + " holds no certificate");
            }
            return result;
        } catch (CertificateException e) {
            throw new ConfException(what + " is not a PEM or DER certificate: " + e.getMessage(), e);
        }
    }

    /** The lowercase hex SHA-256 of the certificate's DER encoding: how the federation names a certificate. */
    public static String sha256Hex(X509Certificate certificate) {
        return Sha256.hex(der(certificate));
    }
}
