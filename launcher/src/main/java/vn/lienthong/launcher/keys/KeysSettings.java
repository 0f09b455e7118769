package vn.lienthong.launcher.keys;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import vn.lienthong.conf.ConfException;
import vn.lienthong.security.ocsp.OcspSettings;
import vn.lienthong.security.token.Pkcs11Settings;

/**
 * The key settings of a security server, {@code keys/keys.properties} in its configuration folder (optional;
 * every setting has a default):
 * <pre>
 * expiry-warning-days=30                 # keys list warns this long before a certificate expires
 * ocsp.freshness-seconds=3600            # how old an OCSP answer may be
 * ocsp.timeout-seconds=10                # one OCSP request
 * token.&lt;name&gt;.type=software|pkcs11     # softtoken (software, keys/softtoken.p12) needs no lines
 * token.&lt;name&gt;.file=&lt;name&gt;.p12           # software: the PKCS#12 file, relative to keys/
 * token.&lt;name&gt;.library=/usr/lib/softhsm/libsofthsm2.so   # pkcs11: the module
 * token.&lt;name&gt;.slot=&lt;slot id&gt;             # pkcs11: or token.&lt;name&gt;.slot-index=&lt;n&gt;
 * token.&lt;name&gt;.pin-file=&lt;file&gt;            # pkcs11: the PIN, relative to keys/ (or LIENTHONG_TOKEN_PIN)
 * </pre>
 */
record KeysSettings(Path directory, Properties properties) {

    static final String FILE_NAME = "keys.properties";
    static final String DEFAULT_TOKEN = "softtoken";

    static KeysSettings load(Path keysDirectory) {
        Properties p = new Properties();
        Path file = keysDirectory.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new ConfException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new KeysSettings(keysDirectory, p);
    }

    Duration expiryWarning() {
        return Duration.ofDays(number("expiry-warning-days", 30));
    }

    OcspSettings ocsp() {
        return OcspSettings.defaults()
                .withFreshness(Duration.ofSeconds(number("ocsp.freshness-seconds", 3600)))
                .withRequestTimeout(Duration.ofSeconds(number("ocsp.timeout-seconds", 10)));
    }

    boolean isPkcs11(String token) {
        String type = value("token." + token + ".type", "software");
        if (!type.equals("software") && !type.equals("pkcs11")) {
            throw new ConfException(file() + ": token." + token + ".type=" + type + ": use software or pkcs11");
        }
        return type.equals("pkcs11");
    }

    Path softwareFile(String token) {
        return directory.resolve(value("token." + token + ".file", token + ".p12"));
    }

    Pkcs11Settings pkcs11(String token) {
        String prefix = "token." + token + ".";
        String library = value(prefix + "library", null);
        if (library == null) {
            throw new ConfException(file() + ": " + prefix + "library is missing: name the HSM's PKCS#11 module");
        }
        String slot = value(prefix + "slot", null);
        String index = value(prefix + "slot-index", null);
        try {
            if (slot != null && index == null) {
                return Pkcs11Settings.bySlotId(token, Path.of(library), Long.parseLong(slot));
            }
            if (index != null && slot == null) {
                return Pkcs11Settings.bySlotIndex(token, Path.of(library), Integer.parseInt(index));
            }
        } catch (NumberFormatException e) {
            throw new ConfException(file() + ": " + prefix + "slot / slot-index must be a whole number");
        }
        throw new ConfException(file() + ": set exactly one of " + prefix + "slot and " + prefix + "slot-index");
    }

    Path pinFile(String token) {
        String pin = value("token." + token + ".pin-file", null);
        return pin == null ? null : directory.resolve(pin);
    }

    private Path file() {
        return directory.resolve(FILE_NAME);
    }

    private String value(String key, String fallback) {
        String v = properties.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private long number(String key, long fallback) {
        String v = value(key, null);
        try {
            return v == null ? fallback : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ConfException(file() + ": " + key + "=" + v + " is not a whole number");
        }
    }
}
