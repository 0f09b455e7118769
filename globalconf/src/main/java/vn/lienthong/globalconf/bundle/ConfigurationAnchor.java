package vn.lienthong.globalconf.bundle;

import static vn.lienthong.globalconf.format.Xml.children;
import static vn.lienthong.globalconf.format.Xml.required;
import static vn.lienthong.globalconf.format.Xml.textChild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.conf.ConfException;
import vn.lienthong.globalconf.format.AtomicWrite;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.format.Sha256;
import vn.lienthong.globalconf.format.Xml;

/**
 * What a security server must hold before its first download: the instance, where the authority publishes
 * ({@code downloadUrl}, the folder that holds {@code current}), and the certificates whose keys may sign the
 * configuration. The authority hands it out ({@code lienthong confauth anchor}); the operator installs it.
 *
 * <pre>{@code
 * <configurationAnchor instance="VN" downloadUrl="http://127.0.0.1:8090/globalconf/">
 *   <verificationCertificate>MIIB...</verificationCertificate>
 * </configurationAnchor>
 * }</pre>
 */
public record ConfigurationAnchor(String instance, URI downloadUrl, List<X509Certificate> verificationCertificates) {

    public ConfigurationAnchor {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(downloadUrl, "downloadUrl");
        verificationCertificates = List.copyOf(verificationCertificates);
        if (verificationCertificates.isEmpty()) {
            throw new ConfException("a configuration anchor needs at least one verification certificate");
        }
        if (!downloadUrl.getPath().endsWith("/")) {
            downloadUrl = URI.create(downloadUrl + "/");
        }
    }

    /** Where the authority takes management requests: {@code /managementrequests} on the download host. */
    public URI managementRequestUrl() {
        return downloadUrl.resolve("/managementrequests");
    }

    /** A hash of the anchor's certificates: changes when the operator installs an anchor with other keys. */
    public String fingerprint() {
        StringBuilder all = new StringBuilder();
        verificationCertificates.forEach(c -> all.append(Certificates.sha256Hex(c)).append('\n'));
        return Sha256.hex(all.toString().getBytes(StandardCharsets.US_ASCII));
    }

    public byte[] toBytes() {
        Document doc = Xml.newDocument();
        Element root = doc.createElement("configurationAnchor");
        doc.appendChild(root);
        root.setAttribute("instance", instance);
        root.setAttribute("downloadUrl", downloadUrl.toString());
        for (X509Certificate c : verificationCertificates) {
            textChild(root, "verificationCertificate", Certificates.base64(c));
        }
        return Xml.write(doc);
    }

    public void write(Path file) {
        AtomicWrite.file(file, toBytes());
    }

    public static ConfigurationAnchor read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfException("configuration anchor " + file + " does not exist: get the anchor file from"
                    + " the configuration authority (lienthong confauth anchor) and give its path");
        }
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration anchor " + file + ": " + e.getMessage(), e);
        }
    }

    public static ConfigurationAnchor parse(byte[] bytes, String what) {
        Element root = Xml.parse(bytes, what);
        Xml.requireRoot(root, "configurationAnchor", what);
        List<X509Certificate> certificates = new ArrayList<>();
        for (Element e : children(root, "verificationCertificate")) {
            certificates.add(Certificates.fromBase64(e.getTextContent(), what + ": verification certificate"));
        }
        String url = required(root, "downloadUrl", what);
        try {
            return new ConfigurationAnchor(required(root, "instance", what), new URI(url), certificates);
        } catch (URISyntaxException e) {
            throw new ConfException(what + ": bad downloadUrl '" + url + "': " + e.getMessage(), e);
        }
    }
}
