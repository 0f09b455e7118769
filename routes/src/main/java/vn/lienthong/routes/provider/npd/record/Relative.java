package vn.lienthong.routes.provider.npd.record;

import java.util.Arrays;
import java.util.Optional;

/**
 * A relative named in the record (Law 26/2023 Art. 9.15): name, personal identification number, 9-digit
 * identity card number and nationality of the father, mother, spouse, children, legal representative and
 * represented person. Only the name is required.
 */
public record Relative(Relation relation, String fullName, String personalIdentificationNumber,
        String formerIdCardNumber, String nationality) {

    /** The kinds of relative; the singular ones can be set field by field in an update ({@code spouse.fullName}). */
    public enum Relation {
        FATHER("father", true),
        MOTHER("mother", true),
        SPOUSE("spouse", true),
        CHILD("child", false),
        LEGAL_REPRESENTATIVE("legalRepresentative", true),
        REPRESENTED_PERSON("representedPerson", false);

        private final String pathName;
        private final boolean singular;

        Relation(String pathName, boolean singular) {
            this.pathName = pathName;
            this.singular = singular;
        }

        /** The prefix of this relation's paths in an update ({@code father}, {@code spouse}, ...). */
        public String pathName() {
            return pathName;
        }

        public boolean singular() {
            return singular;
        }

        public static Optional<Relation> byPathName(String name) {
            return Arrays.stream(values()).filter(r -> r.singular && r.pathName.equals(name)).findFirst();
        }
    }

    /** The leaf names of a relative's fields in an update path. */
    public static final java.util.List<String> LEAVES =
            java.util.List.of("fullName", "personalIdentificationNumber", "formerIdCardNumber", "nationality");

    public Relative {
        if (relation == null || fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("a relative needs a relation and a name");
        }
    }

    /** This relative with one field set by its leaf name; a null value clears it. */
    public Relative with(String leaf, String value) {
        return switch (leaf) {
            case "fullName" -> new Relative(relation, value, personalIdentificationNumber, formerIdCardNumber, nationality);
            case "personalIdentificationNumber" -> new Relative(relation, fullName, value, formerIdCardNumber, nationality);
            case "formerIdCardNumber" -> new Relative(relation, fullName, personalIdentificationNumber, value, nationality);
            case "nationality" -> new Relative(relation, fullName, personalIdentificationNumber, formerIdCardNumber, value);
            default -> throw new IllegalArgumentException("a relative has no field " + leaf);
        };
    }

    public String value(String leaf) {
        return switch (leaf) {
            case "fullName" -> fullName;
            case "personalIdentificationNumber" -> personalIdentificationNumber;
            case "formerIdCardNumber" -> formerIdCardNumber;
            case "nationality" -> nationality;
            default -> throw new IllegalArgumentException("a relative has no field " + leaf);
        };
    }

    /** Personal data stays out of logs. */
    @Override
    public String toString() {
        return "Relative[" + relation + "]";
    }
}
