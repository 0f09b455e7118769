package vn.lienthong.certs.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.lienthong.certs.files.AtomicFiles;

/**
 * A number that only goes up, kept as hexadecimal in one file (the form OpenSSL uses for {@code crlnumber}).
 * A value is handed out only after its successor reached the disk, so a crash may skip a number but never
 * repeats one. The file is created with {@code start} on first use.
 */
final class FileCounter {

    private final Path file;
    private final String what;
    private final BigInteger start;

    /**
     * @param what  what the numbers are, for messages (e.g. "CRL number")
     * @param start the first number, used when the file does not exist yet
     */
    FileCounter(Path file, String what, BigInteger start) {
        this.file = file;
        this.what = what;
        this.start = start;
    }

    /** Reserves and returns the next number. */
    synchronized BigInteger next() throws IOException {
        BigInteger value = peek();
        AtomicFiles.write(file, (value.add(BigInteger.ONE).toString(16).toUpperCase(Locale.ROOT) + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        return value;
    }

    /** The number {@link #next()} will return. */
    synchronized BigInteger peek() throws IOException {
        if (!Files.exists(file)) {
            return start;
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        try {
            BigInteger value = new BigInteger(text, 16);
            if (value.signum() > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IOException("the " + what + " file " + file + " does not hold a positive hexadecimal number but '"
                + text + "': restore it from a backup (a number already used must never be used again)");
    }
}
