package vn.lienthong.globalconf.authority;

import java.nio.file.Path;

/**
 * Where the configuration authority keeps everything, under one folder:
 *
 * <pre>
 * authority.properties         instance=VN (written last by init: its presence means a complete authority)
 * registry/settings.xml        the global settings
 * registry/federation.xml      the registry
 * keys/                        the signing keys ({@link SigningKeyRing})
 * requests/&lt;n&gt;.xml            a management request as submitted (signed)
 * requests/&lt;n&gt;.properties     its state: status, times, rejection reason
 * published/&lt;version&gt;/        each published bundle, never changed once written
 * published/current            the newest version
 * </pre>
 */
record AuthorityFolder(Path root) {

    Path properties() {
        return root.resolve("authority.properties");
    }

    Path registry() {
        return root.resolve("registry");
    }

    Path keys() {
        return root.resolve("keys");
    }

    Path requests() {
        return root.resolve("requests");
    }

    Path published() {
        return root.resolve("published");
    }
}
