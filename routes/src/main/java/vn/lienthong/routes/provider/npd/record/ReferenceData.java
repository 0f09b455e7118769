package vn.lienthong.routes.provider.npd.record;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The public code tables the record's codes must come from: the 63 legacy province codes (PPP of an
 * identification number), the 34 provinces after the 2025 merger, the 54 ethnic groups plus foreigner and
 * unknown (class-path resources {@code reference/*.tsv}, the same files the database's reference tables are
 * loaded from), and the closed code lists of the record.
 */
public final class ReferenceData {

    public static final String LEGACY_PROVINCES_RESOURCE = "reference/provinces-legacy.tsv";
    public static final String PROVINCES_2025_RESOURCE = "reference/provinces-2025.tsv";
    public static final String ETHNIC_GROUPS_RESOURCE = "reference/ethnic-groups.tsv";

    public static final Set<String> GENDERS = Set.of("1", "2");
    public static final Set<String> MARITAL_STATUSES = Set.of("SINGLE", "MARRIED", "DIVORCED", "WIDOWED");
    public static final Set<String> BLOOD_GROUPS = Set.of("A", "B", "AB", "O");
    public static final Set<String> IDENTITY_CARD_KINDS = Set.of("CMND9", "CMND12", "CCCD", "CC");
    public static final Set<String> HOUSEHOLD_RELATIONSHIPS =
            Set.of("HEAD", "SPOUSE", "CHILD", "PARENT", "GRANDCHILD", "SIBLING", "OTHER");

    private static final class Standard {
        static final ReferenceData TABLES = new ReferenceData(
                readTable(LEGACY_PROVINCES_RESOURCE), readTable(PROVINCES_2025_RESOURCE), readTable(ETHNIC_GROUPS_RESOURCE));
    }

    private final Map<String, String> legacyProvinces;
    private final Map<String, String> provinces2025;
    private final Map<String, String> ethnicGroups;
    private final Map<String, String> addressProvinces;

    private ReferenceData(Map<String, String> legacyProvinces, Map<String, String> provinces2025,
            Map<String, String> ethnicGroups) {
        this.legacyProvinces = legacyProvinces;
        this.provinces2025 = provinces2025;
        this.ethnicGroups = ethnicGroups;
        Map<String, String> address = new LinkedHashMap<>();
        legacyProvinces.forEach((code, name) -> address.put(code.substring(1), name));
        provinces2025.forEach(address::putIfAbsent);
        this.addressProvinces = Collections.unmodifiableMap(address);
    }

    /** The tables shipped on the class path (read once; they are immutable public data). */
    public static ReferenceData standard() {
        return Standard.TABLES;
    }

    /** code → name of the 63 legacy provinces, three digits ({@code 001} Hà Nội). */
    public Map<String, String> legacyProvinces() {
        return legacyProvinces;
    }

    /** code → name of the provinces after the 2025 merger, two digits. */
    public Map<String, String> provinces2025() {
        return provinces2025;
    }

    /** code → name of the ethnic groups, two digits. */
    public Map<String, String> ethnicGroups() {
        return ethnicGroups;
    }

    /**
     * The province codes an address may carry: every legacy province as two digits, and every 2025
     * province (the 2025 codes are legacy codes of the provinces that absorbed the others).
     */
    public Map<String, String> addressProvinces() {
        return addressProvinces;
    }

    /** Reads a two-column TSV code table with a header line: code, name. */
    public static Map<String, String> readTable(String resource) {
        Map<String, String> table = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(ReferenceData.class.getClassLoader().getResourceAsStream(resource),
                () -> "code table missing from the class path: " + resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                if (columns.length != 2) {
                    throw new IllegalStateException(resource + ": a code table line is code<TAB>name: " + line);
                }
                table.put(columns[0].strip(), columns[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
        return Collections.unmodifiableMap(table);
    }
}
