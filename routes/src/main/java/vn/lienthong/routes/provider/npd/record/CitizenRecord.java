package vn.lienthong.routes.provider.npd.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.lienthong.wsdl.npd.GenderCode;
import vn.lienthong.wsdl.npd.MaritalStatus;

/**
 * One citizen's record in the NPD's canonical form (Law 26/2023 on Identification, Art. 9): the personal
 * identification number, the scalar {@link CitizenField fields} as text (dates in ISO 8601, codes as
 * the code tables spell them), the relatives, and whether the record is disclosed at all. Immutable; a
 * change is a new record made with {@link #toBuilder()}. Household members (Art. 9.23) are not part of
 * a record: they are the citizens whose record names the same household.
 */
public final class CitizenRecord {

    private final PersonalIdentificationNumber pin;
    private final Map<CitizenField, String> values;
    private final List<Relative> relatives;
    private final boolean disclosureRestricted;

    private CitizenRecord(Builder builder) {
        this.pin = Objects.requireNonNull(builder.pin, "personal identification number");
        this.values = Collections.unmodifiableMap(new EnumMap<>(builder.values));
        this.relatives = List.copyOf(builder.relatives);
        this.disclosureRestricted = builder.disclosureRestricted;
    }

    public static Builder builder(PersonalIdentificationNumber pin) {
        return new Builder(pin);
    }

    public static Builder builder(String pin) {
        return new Builder(new PersonalIdentificationNumber(pin));
    }

    public Builder toBuilder() {
        Builder builder = new Builder(pin);
        builder.values.putAll(values);
        builder.relatives.addAll(relatives);
        builder.disclosureRestricted = disclosureRestricted;
        return builder;
    }

    public PersonalIdentificationNumber personalIdentificationNumber() {
        return pin;
    }

    /** The field's value, or null when the record has none. */
    public String get(CitizenField field) {
        return values.get(field);
    }

    public boolean has(CitizenField field) {
        return values.containsKey(field);
    }

    /** The value at an update path: a {@link CitizenField#path() field path} or a singular relative's ({@code spouse.fullName}). */
    public String valueAt(String path) {
        Optional<CitizenField> field = CitizenField.byPath(path);
        if (field.isPresent()) {
            return get(field.get());
        }
        RelativePath relativePath = RelativePath.parse(path);
        return relative(relativePath.relation()).map(r -> r.value(relativePath.leaf())).orElse(null);
    }

    public Map<CitizenField, String> values() {
        return values;
    }

    public List<Relative> relatives() {
        return relatives;
    }

    public Optional<Relative> relative(Relative.Relation relation) {
        return relatives.stream().filter(r -> r.relation() == relation).findFirst();
    }

    public boolean disclosureRestricted() {
        return disclosureRestricted;
    }

    public String fullName() {
        return get(CitizenField.FULL_NAME);
    }

    public LocalDate dateOfBirth() {
        return date(CitizenField.DATE_OF_BIRTH);
    }

    public GenderCode gender() {
        String code = get(CitizenField.GENDER);
        return code == null ? null : GenderCode.fromValue(code);
    }

    public MaritalStatus maritalStatus() {
        String code = get(CitizenField.MARITAL_STATUS);
        return code == null ? null : MaritalStatus.fromValue(code);
    }

    public Optional<LocalDate> dateOfDeath() {
        return Optional.ofNullable(date(CitizenField.DATE_OF_DEATH));
    }

    /** A date field's value; null when absent. Values are checked by the validator before they are stored. */
    public LocalDate date(CitizenField field) {
        String text = get(field);
        return text == null ? null : LocalDate.parse(text);
    }

    /**
     * The paths whose values differ from {@code before}: field paths, and {@code relatives} when the
     * relatives differ. What a version records as its changed fields.
     */
    public Set<String> changedPathsSince(CitizenRecord before) {
        Set<String> changed = new LinkedHashSet<>();
        for (CitizenField field : CitizenField.values()) {
            if (!Objects.equals(before == null ? null : before.get(field), get(field))) {
                changed.add(field.path());
            }
        }
        if (!Objects.equals(before == null ? List.of() : before.relatives, relatives)) {
            changed.add("relatives");
        }
        return changed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CitizenRecord that && pin.equals(that.pin) && values.equals(that.values)
                && relatives.equals(that.relatives) && disclosureRestricted == that.disclosureRestricted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(pin, values, relatives, disclosureRestricted);
    }

    /** Personal data stays out of logs: only the identification number is shown. */
    @Override
    public String toString() {
        return "CitizenRecord[" + pin + "]";
    }

    /** A {@code relation.leaf} update path of a singular relative. */
    record RelativePath(Relative.Relation relation, String leaf) {

        static RelativePath parse(String path) {
            int dot = path.indexOf('.');
            Optional<Relative.Relation> relation =
                    Relative.Relation.byPathName(dot < 0 ? path : path.substring(0, dot));
            String leaf = dot < 0 ? "" : path.substring(dot + 1);
            if (relation.isEmpty() || !Relative.LEAVES.contains(leaf)) {
                throw new IllegalArgumentException("no such field of the citizen record: " + path);
            }
            return new RelativePath(relation.get(), leaf);
        }
    }

    /** Whether a path names a field of the record (scalar or singular relative). */
    public static boolean isKnownPath(String path) {
        if (CitizenField.byPath(path).isPresent()) {
            return true;
        }
        try {
            RelativePath.parse(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Reads as a record card. Blank text counts as absent. */
    public static final class Builder {
        private final PersonalIdentificationNumber pin;
        private final Map<CitizenField, String> values = new EnumMap<>(CitizenField.class);
        private final List<Relative> relatives = new ArrayList<>();
        private boolean disclosureRestricted;

        private Builder(PersonalIdentificationNumber pin) {
            this.pin = Objects.requireNonNull(pin, "personal identification number");
        }

        public Builder set(CitizenField field, String value) {
            if (value == null || value.isBlank()) {
                values.remove(field);
            } else {
                values.put(field, value.strip());
            }
            return this;
        }

        public Builder set(CitizenField field, LocalDate date) {
            return set(field, date == null ? null : date.toString());
        }

        /**
         * Sets the value at an update path; a singular relative's {@code fullName} set to nothing removes
         * that relative (a divorce clears the spouse).
         */
        public Builder setPath(String path, String value) {
            Optional<CitizenField> field = CitizenField.byPath(path);
            if (field.isPresent()) {
                return set(field.get(), value);
            }
            RelativePath relativePath = RelativePath.parse(path);
            String text = value == null || value.isBlank() ? null : value.strip();
            int index = indexOf(relativePath.relation());
            if (index < 0) {
                if (text != null && relativePath.leaf().equals("fullName")) {
                    relatives.add(new Relative(relativePath.relation(), text, null, null, null));
                } else if (text != null) {
                    throw new IllegalArgumentException("set " + relativePath.relation().pathName()
                            + ".fullName before the relative's other fields");
                }
            } else if (text == null && relativePath.leaf().equals("fullName")) {
                relatives.remove(index);
            } else {
                relatives.set(index, relatives.get(index).with(relativePath.leaf(), text));
            }
            return this;
        }

        public Builder fullName(String name) {
            return set(CitizenField.FULL_NAME, name);
        }

        public Builder dateOfBirth(LocalDate date) {
            return set(CitizenField.DATE_OF_BIRTH, date);
        }

        public Builder gender(GenderCode gender) {
            return set(CitizenField.GENDER, gender == null ? null : gender.value());
        }

        public Builder maritalStatus(MaritalStatus status) {
            return set(CitizenField.MARITAL_STATUS, status == null ? null : status.value());
        }

        public Builder address(AddressKind kind, Address address) {
            set(kind.province(), address == null ? null : address.provinceCode());
            set(kind.district(), address == null ? null : address.districtCode());
            set(kind.commune(), address == null ? null : address.communeCode());
            return set(kind.detail(), address == null ? null : address.detail());
        }

        public Builder relative(Relative relative) {
            relatives.add(relative);
            return this;
        }

        public Builder relatives(List<Relative> all) {
            relatives.clear();
            relatives.addAll(all);
            return this;
        }

        public Builder disclosureRestricted(boolean restricted) {
            this.disclosureRestricted = restricted;
            return this;
        }

        public CitizenRecord build() {
            return new CitizenRecord(this);
        }

        private int indexOf(Relative.Relation relation) {
            for (int i = 0; i < relatives.size(); i++) {
                if (relatives.get(i).relation() == relation) {
                    return i;
                }
            }
            return -1;
        }
    }
}
