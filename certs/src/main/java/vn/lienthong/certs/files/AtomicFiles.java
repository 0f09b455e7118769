package vn.lienthong.certs.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader (or a restart after a crash) sees either the old content or the new
 * content, never a torn file: the bytes go to a temporary file in the same directory, are forced to
 * disk, and the temporary file is renamed over the target.
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code content}; the file gets the default permissions. */
    public static void write(Path target, byte[] content) throws IOException {
        replace(target, content, false);
    }

    /**
     * Replaces {@code target} with {@code content} readable by the owner only (POSIX mode 600 where the
     * file system supports POSIX permissions). Use it for key stores and passwords.
     */
    public static void writeSecret(Path target, byte[] content) throws IOException {
        replace(target, content, true);
    }

    /** Creates {@code directory} (and its parents) and, where POSIX permissions exist, restricts it to mode 700. */
    public static void createPrivateDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        if (supportsPosix(directory)) {
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        }
    }

    private static void replace(Path target, byte[] content, boolean secret) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temporary = secret && supportsPosix(directory)
                ? Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp", ownerOnly())
                : Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + target + " cannot rename files atomically;"
                    + " keep PKI state on a local file system", e);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("could not replace " + target + ": " + e.getMessage(), e);
        }
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE);
    }
}
