package vn.lienthong.globalconf.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.lienthong.globalconf.bundle.BundleLayout;

/**
 * Reads bundles from a folder laid out as the authority publishes them ({@code current} and {@code <version>/});
 * the authority's own published folder, a copy carried by hand, or a server's cache.
 */
public final class FolderBundleSource implements BundleSource {

    private final Path folder;

    public FolderBundleSource(Path folder) {
        this.folder = folder;
    }

    @Override
    public BundleReader latest() throws IOException {
        Path current = folder.resolve(BundleLayout.CURRENT);
        String version = Files.readString(current, StandardCharsets.US_ASCII).strip();
        if (!version.matches("\\d{1,18}")) {
            throw new IOException(current + " does not hold a version number");
        }
        Path bundle = folder.resolve(version);
        return name -> {
            if (!BundleLayout.isSafeFileName(name)) {
                throw new IOException("refusing to read '" + name + "' from " + bundle);
            }
            return Files.readAllBytes(bundle.resolve(name));
        };
    }

    @Override
    public String location() {
        return folder.toString();
    }
}
