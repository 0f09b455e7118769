package vn.lienthong.globalconf.bundle;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.conf.ConfException;
import vn.lienthong.globalconf.format.Certificates;
import vn.lienthong.globalconf.registry.GlobalSettings;
import vn.lienthong.globalconf.registry.Registry;
import vn.lienthong.globalconf.registry.RegistryXml;
import vn.lienthong.globalconf.registry.SettingsXml;

/** The content of a bundle, as values, and its encoding into (and decoding from) named part files. */
public record BundleParts(Registry registry, List<X509Certificate> verificationCertificates) {

    public BundleParts {
        verificationCertificates = List.copyOf(verificationCertificates);
        if (verificationCertificates.isEmpty()) {
            throw new ConfException("a bundle must name at least one verification certificate");
        }
    }

    /** Part name to bytes, in the order the directory lists them. */
    public Map<String, byte[]> encode() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(BundleLayout.FEDERATION_PART, RegistryXml.write(registry));
        parts.put(BundleLayout.SETTINGS_PART, SettingsXml.write(registry.settings()));
        parts.put(BundleLayout.VERIFICATION_CERTIFICATES_PART,
                Certificates.pem(verificationCertificates).getBytes(StandardCharsets.US_ASCII));
        return parts;
    }

    /** Decodes the required parts; {@code where} names the bundle in errors. */
    public static BundleParts decode(Map<String, byte[]> parts, String where) {
        GlobalSettings settings = SettingsXml.read(required(parts, BundleLayout.SETTINGS_PART, where),
                where + " " + BundleLayout.SETTINGS_PART);
        Registry registry = RegistryXml.read(required(parts, BundleLayout.FEDERATION_PART, where), settings,
                where + " " + BundleLayout.FEDERATION_PART);
        List<X509Certificate> certificates = Certificates.parse(
                required(parts, BundleLayout.VERIFICATION_CERTIFICATES_PART, where),
                where + " " + BundleLayout.VERIFICATION_CERTIFICATES_PART);
        return new BundleParts(registry, certificates);
    }

    private static byte[] required(Map<String, byte[]> parts, String name, String where) {
        byte[] bytes = parts.get(name);
        if (bytes == null) {
            throw new ConfException(where + " has no part " + name);
        }
        return bytes;
    }
}
