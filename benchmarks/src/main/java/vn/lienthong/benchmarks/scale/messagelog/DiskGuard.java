package vn.lienthong.benchmarks.scale.messagelog;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** Says when the file system holding PostgreSQL's data has less than a floor left, so that a fill never fills the disk. */
final class DiskGuard {

    private final FileStore store;
    private final long floorBytes;

    DiskGuard(Path dataDirectory, long floorGigabytes) throws IOException {
        this.store = Files.getFileStore(dataDirectory);
        this.floorBytes = floorGigabytes * 1024L * 1024 * 1024;
    }

    boolean low() {
        try {
            return store.getUsableSpace() < floorBytes;
        } catch (IOException e) {
            return true;
        }
    }

    long freeGigabytes() throws IOException {
        return store.getUsableSpace() / (1024L * 1024 * 1024);
    }
}
