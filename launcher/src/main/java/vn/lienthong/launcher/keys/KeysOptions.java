package vn.lienthong.launcher.keys;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every {@code lienthong keys} command takes. */
final class KeysOptions {

    @Option(names = "--config", required = true, paramLabel = "DIR",
            description = "the security server's configuration folder (server.properties; keys live in DIR/keys)")
    Path config;

    @Option(names = "--token", paramLabel = "NAME", defaultValue = KeysSettings.DEFAULT_TOKEN,
            description = "the token: softtoken (default; DIR/keys/softtoken.p12) or one named in DIR/keys/keys.properties")
    String token;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "file holding the token password or PIN; default: LIENTHONG_KEYSTORE_PASSWORD or "
                    + "lienthong.keys.password-file (software), LIENTHONG_TOKEN_PIN or token.NAME.pin-file (PKCS#11)")
    Path passwordFile;
}
