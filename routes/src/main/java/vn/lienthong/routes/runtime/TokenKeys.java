package vn.lienthong.routes.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.security.keyconf.ActiveKeys;
import vn.lienthong.security.keyconf.KeyManagementException;
import vn.lienthong.security.keyconf.KeyMetadataFile;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.token.SoftwareToken;
import vn.lienthong.security.token.TokenException;

/**
 * The signing keys that {@code lienthong keys} manages in the server's software token ({@code keys/softtoken.p12}
 * with {@code keys/softtoken.keys.properties}). The server re-reads them when the officer activates a new
 * or renewed key, and switches in one step: messages in flight finish with the key they started with.
 */
public final class TokenKeys {

    private static final Logger LOG = LoggerFactory.getLogger(TokenKeys.class);
    private static final String TOKEN = "softtoken";

    private final Path keysDirectory;
    private final char[] password;
    private final ActiveKeys active = new ActiveKeys();
    private volatile FileTime loaded;

    private TokenKeys(Path keysDirectory, char[] password) {
        this.keysDirectory = keysDirectory;
        this.password = password.clone();
    }

    /**
     * The managed keys of a configuration folder, read now if the token exists; a token that the officer
     * creates later is picked up by {@link #reloadIfChanged()}.
     */
    public static TokenKeys open(Path configDirectory, char[] password) {
        Path keys = configDirectory.resolve("keys");
        TokenKeys tokenKeys = new TokenKeys(keys, password);
        if (Files.isRegularFile(tokenKeys.metadata().file())) {
            try {
                tokenKeys.load();
            } catch (TokenException | KeyManagementException | IOException e) {
                throw new ConfException("cannot read the managed keys in " + keys + ": " + e.getMessage(), e);
            }
        }
        return tokenKeys;
    }

    public Optional<SigningCredential> signing(MemberId member) {
        return active.signing(member);
    }

    /** Re-reads the token when its key metadata changed since the last read; keeps the old keys on failure. */
    public void reloadIfChanged() {
        try {
            if (Files.isRegularFile(metadata().file()) && !Files.getLastModifiedTime(metadata().file()).equals(loaded)) {
                load();
                LOG.info("managed keys reloaded: {} active", active.snapshot().size());
            }
        } catch (TokenException | KeyManagementException | IOException e) {
            LOG.warn("managed keys could not be reloaded, the previous ones stay active: {}", e.getMessage());
        }
    }

    private void load() throws TokenException, KeyManagementException, IOException {
        KeyMetadataFile metadata = metadata();
        FileTime modified = Files.getLastModifiedTime(metadata.file());
        try (SoftwareToken token = SoftwareToken.open(TOKEN, keysDirectory.resolve(TOKEN + ".p12"), password)) {
            active.publish(token, metadata.read().values());
        }
        loaded = modified;
    }

    private KeyMetadataFile metadata() {
        return KeyMetadataFile.of(keysDirectory, TOKEN);
    }
}
