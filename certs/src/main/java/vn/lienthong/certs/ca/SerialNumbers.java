package vn.lienthong.certs.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import vn.lienthong.certs.files.AtomicFiles;

/**
 * The CA's serial number counter, persisted in one file. A number is handed out only after the next one has
 * reached the disk, so a crash can skip a number but never repeat one. The counter starts at a random 64-bit
 * value, so serials are not guessable from the CA's age and two CAs do not start from the same number.
 */
final class SerialNumbers {

    private final Path file;

    private SerialNumbers(Path file) {
        this.file = file;
    }

    /** A random positive 64-bit starting point (top bit set, so every serial is 64 bits or longer). */
    static BigInteger randomStart() {
        return new BigInteger(64, new SecureRandom()).setBit(63);
    }

    /** Writes {@code next} as the counter of a new CA. */
    static SerialNumbers create(Path file, BigInteger next) throws IOException {
        SerialNumbers serials = new SerialNumbers(file);
        serials.store(next);
        return serials;
    }

    static SerialNumbers open(Path file) throws IOException {
        SerialNumbers serials = new SerialNumbers(file);
        serials.peek();
        return serials;
    }

    /** Reserves and returns the next serial number. */
    synchronized BigInteger next() throws IOException {
        BigInteger serial = peek();
        store(serial.add(BigInteger.ONE));
        return serial;
    }

    /** The number the next call to {@link #next()} will return. */
    synchronized BigInteger peek() throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        try {
            BigInteger value = new BigInteger(text, 16);
            if (value.signum() <= 0) {
                throw new IOException("serial number file " + file + " holds a non-positive number '" + text
                        + "'; restore it from a backup (it must exceed every serial in issued/index.tsv)");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IOException("serial number file " + file + " does not hold a hexadecimal number but '"
                    + text + "'; restore it from a backup (it must exceed every serial in issued/index.tsv)", e);
        }
    }

    private void store(BigInteger next) throws IOException {
        AtomicFiles.write(file, (next.toString(16).toUpperCase(Locale.ROOT) + "\n")
                .getBytes(StandardCharsets.US_ASCII));
    }
}
