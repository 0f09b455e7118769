package vn.lienthong.security.keyconf;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The key configuration of one token, {@code <token>.keys.properties} in the server's keys folder:
 * <pre>
 * key.&lt;alias&gt;.purpose=signing:VN/GOV/MPS
 * key.&lt;alias&gt;.state=ACTIVE
 * key.&lt;alias&gt;.created=2026-06-01T08:00:00Z
 * </pre>
 * Written to a temporary file and moved into place, so readers see the old or the new content, never a mix.
 */
public final class KeyMetadataFile {

    private static final String PREFIX = "key.";

    private final Path file;

    public KeyMetadataFile(Path file) {
        this.file = file;
    }

    /** The metadata file of token {@code tokenName} in {@code keysDirectory}. */
    public static KeyMetadataFile of(Path keysDirectory, String tokenName) {
        return new KeyMetadataFile(keysDirectory.resolve(tokenName + ".keys.properties"));
    }

    public Path file() {
        return file;
    }

    /** Every record, by alias; empty when the file does not exist yet. */
    public synchronized Map<String, KeyRecord> read() throws KeyManagementException {
        Map<String, KeyRecord> records = new TreeMap<>();
        if (!Files.exists(file)) {
            return records;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw storage("cannot read " + file, e);
        }
        TreeSet<String> aliases = new TreeSet<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith(PREFIX) && name.endsWith(".purpose")) {
                aliases.add(name.substring(PREFIX.length(), name.length() - ".purpose".length()));
            }
        }
        for (String alias : aliases) {
            String base = PREFIX + alias + ".";
            try {
                records.put(alias, new KeyRecord(alias, KeyPurpose.parse(p.getProperty(base + "purpose")),
                        KeyState.valueOf(p.getProperty(base + "state", "NEW").trim()),
                        Instant.parse(p.getProperty(base + "created", "1970-01-01T00:00:00Z").trim())));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw storage(file + ": the entry of key '" + alias + "' is damaged (" + e.getMessage()
                        + "): correct or remove its lines", e);
            }
        }
        return records;
    }

    /** Replaces the file's content with {@code records}. */
    public synchronized void write(Map<String, KeyRecord> records) throws KeyManagementException {
        StringBuilder text = new StringBuilder("# LienThong key configuration of one token: written by `lienthong keys`.\n");
        for (KeyRecord r : new TreeMap<>(records).values()) {
            String base = PREFIX + r.alias() + ".";
            text.append(base).append("purpose=").append(r.purpose()).append('\n')
                    .append(base).append("state=").append(r.state()).append('\n')
                    .append(base).append("created=").append(r.created()).append('\n');
        }
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    out.write(text.toString());
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw storage("cannot write " + file, e);
        }
    }

    private static KeyManagementException storage(String message, Exception cause) {
        return new KeyManagementException(KeyManagementException.Reason.STORAGE, message, cause);
    }
}
