package vn.lienthong.launcher.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import vn.lienthong.conf.global.GlobalConf;
import vn.lienthong.routes.server.GlobalConfSources;
import vn.lienthong.conf.local.ServerConf;
import vn.lienthong.security.keyconf.KeyManagementException;
import vn.lienthong.security.keyconf.KeyManager;
import vn.lienthong.security.keyconf.KeyMetadataFile;
import vn.lienthong.security.token.Pkcs11Token;
import vn.lienthong.security.token.SoftwareToken;
import vn.lienthong.security.token.Token;
import vn.lienthong.security.token.TokenException;
import vn.lienthong.security.trust.TrustAnchors;

/**
 * What a keys command works on: the server's configuration, its keys folder ({@code DIR/keys}), the
 * chosen token opened with its password, and the {@link KeyManager} over it. Closing logs out of the token.
 */
final class KeysWorkspace implements AutoCloseable {

    static final String KEYS_FOLDER = "keys";

    private final ServerConf conf;
    private final KeysSettings settings;
    private final Token token;
    private final KeyManager manager;

    private KeysWorkspace(ServerConf conf, KeysSettings settings, Token token, KeyManager manager) {
        this.conf = conf;
        this.settings = settings;
        this.token = token;
        this.manager = manager;
    }

    /**
     * @param createSoftwareToken create the software token file when it does not exist (for {@code generate})
     */
    static KeysWorkspace open(KeysOptions options, Clock clock, boolean createSoftwareToken)
            throws InputProblem, TokenException, KeyManagementException {
        ServerConf conf = ServerConf.load(options.config);
        Path keys = conf.directory().resolve(KEYS_FOLDER);
        KeysSettings settings = KeysSettings.load(keys);
        GlobalConf federation = GlobalConfSources.readOnce(conf, clock);
        TrustAnchors approved = TrustAnchors.of(federation.approvedCaRoots(), federation.approvedCaIntermediates());
        Token token = openToken(options, conf, settings, createSoftwareToken);
        try {
            KeyManager manager = KeyManager.open(token, KeyMetadataFile.of(keys, token.name()), approved, clock,
                    settings.expiryWarning());
            return new KeysWorkspace(conf, settings, token, manager);
        } catch (KeyManagementException | RuntimeException e) {
            token.close();
            throw e;
        }
    }

    private static Token openToken(KeysOptions options, ServerConf conf, KeysSettings settings, boolean create)
            throws InputProblem, TokenException {
        String name = options.token;
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new InputProblem("token name '" + name + "' may hold letters, digits, '_' and '-' only");
        }
        if (settings.isPkcs11(name)) {
            return Pkcs11Token.open(settings.pkcs11(name), pin(options, settings, name));
        }
        Path file = settings.softwareFile(name);
        char[] password = options.passwordFile != null ? read(options.passwordFile) : conf.keystorePassword();
        if (create) {
            return SoftwareToken.openOrCreate(name, file, password);
        }
        if (!Files.exists(file)) {
            throw new InputProblem("token " + name + " has no keys yet (" + file
                    + " does not exist): generate one with lienthong keys generate");
        }
        return SoftwareToken.open(name, file, password);
    }

    private static char[] pin(KeysOptions options, KeysSettings settings, String name) throws InputProblem {
        if (options.passwordFile != null) {
            return read(options.passwordFile);
        }
        String variable = System.getenv("LIENTHONG_TOKEN_PIN");
        if (variable != null && !variable.isEmpty()) {
            return variable.toCharArray();
        }
        Path file = settings.pinFile(name);
        if (file == null) {
            throw new InputProblem("no PIN for PKCS#11 token " + name + ": use --password-file FILE,"
                    + " LIENTHONG_TOKEN_PIN or token." + name + ".pin-file in keys/" + KeysSettings.FILE_NAME);
        }
        return read(file);
    }

    private static char[] read(Path file) throws InputProblem {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
        } catch (IOException e) {
            throw new InputProblem("cannot read the password file " + file + ": give a readable file");
        }
    }

    ServerConf conf() {
        return conf;
    }

    KeysSettings settings() {
        return settings;
    }

    KeyManager manager() {
        return manager;
    }

    @Override
    public void close() {
        token.close();
    }
}
