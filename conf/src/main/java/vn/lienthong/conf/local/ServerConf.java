package vn.lienthong.conf.local;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;

/**
 * One security server's own settings, from {@code server.properties} in its configuration folder.
 * Relative paths are resolved against that folder. See {@code conf/README.md} for every key.
 */
public record ServerConf(
        Path directory,
        SecurityServerId serverId,
        Path federationFile,
        Path globalConfAnchor,
        Path servicesFile,
        String bindHost,
        int clientProxyPort,
        int clientProxyHttpsPort,
        Path informationSystemCertificates,
        int serverProxyPort,
        Path keystorePasswordFile,
        Path authKeystore,
        Map<MemberId, Path> signingKeystores,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        long maxMessageBytes,
        Duration timestampTtl,
        Duration clockSkew,
        Duration providerTimeout,
        Duration peerTimeout,
        Duration ocspFreshness,
        java.util.Set<String> evidenceAllowedAddresses,
        URI timestampingUrl,
        Duration timestampingTimeout,
        Properties settings) {

    public static final String FILE_NAME = "server.properties";

    public ServerConf {
        signingKeystores = Map.copyOf(signingKeystores);
        Properties copy = new Properties();
        copy.putAll(settings);
        settings = copy;
    }

    /** Every setting as read, for components that read their own keys (the message log's {@code lienthong.messagelog.*}). */
    @Override
    public Properties settings() {
        Properties copy = new Properties();
        copy.putAll(settings);
        return copy;
    }

    public static ServerConf load(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new ConfException("no " + FILE_NAME + " in " + directory.toAbsolutePath()
                    + ": point --config at a security server's configuration folder");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Settings s = new Settings(file, p);
        Map<MemberId, Path> signing = new TreeMap<>(java.util.Comparator.comparing(MemberId::toString));
        String prefix = "lienthong.keys.signing.";
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                MemberId member = s.parse(key, () -> MemberId.parse(key.substring(prefix.length())));
                signing.put(member, directory.resolve(p.getProperty(key).trim()));
            }
        }
        if (s.integer("lienthong.client-proxy.https-port", 0) > 0
                && s.optional("lienthong.client-proxy.is-certificates", null) == null) {
            throw new ConfException(file + ": lienthong.client-proxy.https-port is set, so "
                    + "lienthong.client-proxy.is-certificates must name a PEM file with the information systems' certificates");
        }
        if ((s.optional("lienthong.federation.file", null) == null) == (s.optional("lienthong.globalconf.anchor", null) == null)) {
            throw new ConfException(file + ": set exactly one of lienthong.globalconf.anchor (the configuration anchor of"
                    + " the federation's signed global configuration) or lienthong.federation.file (a static federation file)");
        }
        SecurityServerId id = s.parse("lienthong.server.id", () -> SecurityServerId.parse(s.required("lienthong.server.id")));
        if (!signing.containsKey(id.owner())) {
            throw new ConfException(file + ": no signing key for the owner member: add "
                    + prefix + id.owner() + "=<PKCS#12 file>");
        }
        return new ServerConf(
                directory,
                id,
                s.optional("lienthong.federation.file", null) == null ? null
                        : directory.resolve(s.optional("lienthong.federation.file", null)),
                s.optional("lienthong.globalconf.anchor", null) == null ? null
                        : directory.resolve(s.optional("lienthong.globalconf.anchor", null)),
                directory.resolve(s.optional("lienthong.services.file", "services.xml")),
                s.optional("lienthong.bind.host", "127.0.0.1"),
                s.integer("lienthong.client-proxy.port", 8080),
                s.integer("lienthong.client-proxy.https-port", 0),
                s.optional("lienthong.client-proxy.is-certificates", null) == null ? null
                        : directory.resolve(s.optional("lienthong.client-proxy.is-certificates", null)),
                s.integer("lienthong.server-proxy.port", 5500),
                directory.resolve(s.required("lienthong.keys.password-file")),
                directory.resolve(s.required("lienthong.keys.auth")),
                signing,
                s.optional("lienthong.database.url", "jdbc:h2:file:" + directory.toAbsolutePath().resolve("data/securityserver")),
                s.optional("lienthong.database.user", "sa"),
                s.optional("lienthong.database.password", ""),
                s.integer("lienthong.message.max-bytes", 10 * 1024 * 1024),
                Duration.ofSeconds(s.integer("lienthong.wss.timestamp-ttl-seconds", 300)),
                Duration.ofSeconds(s.integer("lienthong.wss.clock-skew-seconds", 60)),
                Duration.ofSeconds(s.integer("lienthong.provider.timeout-seconds", 30)),
                Duration.ofSeconds(s.integer("lienthong.peer.timeout-seconds", 60)),
                Duration.ofSeconds(s.integer("lienthong.ocsp.freshness-seconds", 3600)),
                java.util.Set.of(s.optional("lienthong.evidence.allowed-addresses", "127.0.0.1,0:0:0:0:0:0:0:1").split("\\s*,\\s*")),
                s.optional("lienthong.messagelog.tsa.url", null) == null ? null
                        : s.parse("lienthong.messagelog.tsa.url", () -> URI.create(s.required("lienthong.messagelog.tsa.url"))),
                Duration.ofSeconds(s.integer("lienthong.messagelog.tsa.timeout-seconds", 10)),
                p);
    }

    /** The keystore password: from the environment variable LIENTHONG_KEYSTORE_PASSWORD, else the password file. */
    public char[] keystorePassword() {
        String env = System.getenv("LIENTHONG_KEYSTORE_PASSWORD");
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        try {
            return Files.readString(keystorePasswordFile, StandardCharsets.UTF_8).strip().toCharArray();
        } catch (IOException e) {
            throw new ConfException("cannot read the keystore password file " + keystorePasswordFile
                    + " (lienthong.keys.password-file), and LIENTHONG_KEYSTORE_PASSWORD is not set", e);
        }
    }

    private record Settings(Path file, Properties p) {

        String required(String key) {
            String v = p.getProperty(key);
            if (v == null || v.isBlank()) {
                throw new ConfException(file + ": the setting " + key + " is missing");
            }
            return v.trim();
        }

        String optional(String key, String fallback) {
            String v = p.getProperty(key);
            return v == null || v.isBlank() ? fallback : v.trim();
        }

        int integer(String key, int fallback) {
            String v = optional(key, null);
            if (v == null) {
                return fallback;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new ConfException(file + ": " + key + "=" + v + " is not a whole number");
            }
        }

        <T> T parse(String key, java.util.function.Supplier<T> parser) {
            try {
                return parser.get();
            } catch (IllegalArgumentException e) {
                throw new ConfException(file + ": " + key + ": " + e.getMessage(), e);
            }
        }
    }
}
