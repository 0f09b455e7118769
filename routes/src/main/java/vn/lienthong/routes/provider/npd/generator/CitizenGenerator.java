package vn.lienthong.routes.provider.npd.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import vn.lienthong.routes.provider.npd.record.Address;
import vn.lienthong.routes.provider.npd.record.AddressKind;
import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.record.ReferenceData;
import vn.lienthong.routes.provider.npd.record.Relative;
import vn.lienthong.wsdl.npd.GenderCode;
import vn.lienthong.wsdl.npd.MaritalStatus;

/**
 * Synthetic but realistic citizens, a household at a time, reproducible from a seed: Vietnamese names
 * with diacritics, valid identification numbers (PPP of the province of birth registration, G from
 * century and gender, YY the year of birth, NNNNNN unique per prefix), a head with a spouse, children and
 * sometimes a parent, sharing an address made of the code tables' province codes, identity cards from 14,
 * health insurance, and life events (deaths, divorces, widowhood) at plausible rates. Every record keeps
 * the record rules ({@link vn.lienthong.routes.provider.npd.record.CitizenValidator}).
 */
public final class CitizenGenerator {

    private static final Weighted<String> RELIGION = new Weighted<>(
            List.of("Không", "Phật giáo", "Công giáo", "Tin Lành", "Cao Đài", "Phật giáo Hòa Hảo"),
            new double[] {86, 5, 6.1, 1, 0.6, 1.3});
    private static final Weighted<String> BLOOD = new Weighted<>(List.of("O", "B", "A", "AB"), new double[] {42, 30, 21, 7});
    private static final List<String> STREETS = List.of("Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng",
            "Lý Thường Kiệt", "Quang Trung", "Phan Chu Trinh", "Hùng Vương", "Điện Biên Phủ", "Nguyễn Huệ", "Bạch Đằng");

    private final SplittableRandom random;
    private final LocalDate today;
    private final List<String> provinces;
    private final Weighted<String> ethnicity;
    private final Map<String, Integer> serials = new HashMap<>();
    private final Set<String> reserved;
    private long households;

    public CitizenGenerator(long seed, LocalDate today) {
        this(seed, today, Set.of());
    }

    /** @param reserved numbers already held in the target database (the demo citizens): never generated */
    public CitizenGenerator(long seed, LocalDate today, Set<String> reserved) {
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.reserved = Set.copyOf(reserved);
        this.provinces = List.copyOf(ReferenceData.standard().legacyProvinces().keySet());
        List<String> groups = new ArrayList<>(ReferenceData.standard().ethnicGroups().keySet());
        groups.removeIf(code -> code.compareTo("54") > 0);
        // Kinh 85.3 %; the other 53 groups share 14.7 %, the larger ones (Tày, Thái, Mường, ...) first.
        double[] weights = new double[groups.size()];
        double harmonic = 0;
        for (int i = 1; i < weights.length; i++) {
            harmonic += 1 / (i + 1.5);
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i == 0 ? 85.3 : 14.7 / (i + 1.5) / harmonic;
        }
        this.ethnicity = new Weighted<>(groups, weights);
    }

    /** The next household: the head first, then spouse, children, a parent; all share the address. */
    public List<CitizenRecord> nextHousehold() {
        households++;
        String ppp = provinces.get(random.nextInt(provinces.size()));
        String province = ppp.substring(1);
        Address home = new Address(province, String.format(Locale.ROOT, "%03d", random.nextInt(1000)),
                String.format(Locale.ROOT, "%05d", random.nextInt(100_000)),
                random.nextInt(3) == 0 ? "Thôn " + (1 + random.nextInt(12))
                        : "Số " + (1 + random.nextInt(300)) + " đường " + STREETS.get(random.nextInt(STREETS.size())));
        String household = String.format(Locale.ROOT, "%s-%08d", province, households);
        String family = VietnameseNames.family(random);
        String ethnic = ethnicity.pick(random);
        String religion = RELIGION.pick(random);
        List<CitizenRecord.Builder> members = new ArrayList<>();

        boolean headFemale = random.nextInt(4) == 0;
        LocalDate headBorn = birthDate(25, 75);
        CitizenRecord.Builder head = person(ppp, family, headFemale, headBorn, ethnic, religion, home, household, "HEAD");
        members.add(head);
        CitizenRecord.Builder spouse = null;
        if (random.nextInt(100) < 78) {
            LocalDate spouseBorn = clampAdult(headBorn.plusDays(random.nextInt(-2500, 2500)), !headFemale);
            spouse = person(provinces.get(random.nextInt(provinces.size())), VietnameseNames.family(random), !headFemale,
                    spouseBorn, ethnic, religion, home, household, "SPOUSE");
            members.add(spouse);
        }
        int children = spouse == null ? random.nextInt(2) : random.nextInt(4);
        for (int i = 0; i < children; i++) {
            LocalDate born = headBorn.plusYears(20 + random.nextInt(18)).plusDays(random.nextInt(365));
            if (born.isAfter(today.minusDays(1))) {
                continue;
            }
            members.add(person(ppp, family, random.nextBoolean(), born, ethnic, religion, home, household, "CHILD"));
        }
        if (random.nextInt(10) == 0 && headBorn.getYear() > 1965) {
            LocalDate born = headBorn.minusYears(22 + random.nextInt(15));
            members.add(person(ppp, family, random.nextBoolean(), born, ethnic, religion, home, household, "PARENT"));
        }
        return relate(members, head, spouse);
    }

    /** How many households so far. */
    public long households() {
        return households;
    }

    private List<CitizenRecord> relate(List<CitizenRecord.Builder> members, CitizenRecord.Builder head,
            CitizenRecord.Builder spouse) {
        CitizenRecord headRecord = head.build();
        CitizenRecord spouseRecord = spouse == null ? null : spouse.build();
        boolean married = spouse != null;
        boolean divorced = married && random.nextInt(100) < 4;
        List<CitizenRecord> records = new ArrayList<>();
        for (CitizenRecord.Builder member : members) {
            CitizenRecord draft = member.build();
            String role = draft.get(CitizenField.RELATIONSHIP_TO_HEAD);
            int age = age(draft.dateOfBirth());
            if (role.equals("HEAD") || role.equals("SPOUSE")) {
                CitizenRecord other = role.equals("HEAD") ? spouseRecord : headRecord;
                if (other != null && !divorced) {
                    member.maritalStatus(MaritalStatus.MARRIED).relative(relative(Relative.Relation.SPOUSE, other));
                } else {
                    member.maritalStatus(other != null ? MaritalStatus.DIVORCED : age > 30 && random.nextInt(3) == 0
                            ? MaritalStatus.WIDOWED : MaritalStatus.SINGLE);
                }
            } else if (role.equals("CHILD")) {
                Relative.Relation headRelation = headRecord.gender() == GenderCode.FEMALE ? Relative.Relation.MOTHER
                        : Relative.Relation.FATHER;
                member.relative(relative(headRelation, headRecord));
                if (spouseRecord != null) {
                    member.relative(relative(headRelation == Relative.Relation.FATHER ? Relative.Relation.MOTHER
                            : Relative.Relation.FATHER, spouseRecord));
                }
                if (age >= 18) {
                    member.maritalStatus(MaritalStatus.SINGLE);
                }
            } else {
                member.maritalStatus(MaritalStatus.WIDOWED);
            }
            if (age > 60 && random.nextInt(100) < (age - 55) / 2) {
                LocalDate died = today.minusDays(1 + random.nextInt(3 * 365));
                if (!died.isBefore(draft.dateOfBirth()) && draft.get(CitizenField.ID_CARD_ISSUE_DATE) != null
                        && !died.isBefore(draft.date(CitizenField.ID_CARD_ISSUE_DATE))) {
                    member.set(CitizenField.DATE_OF_DEATH, died);
                }
            }
            records.add(member.build());
        }
        return records;
    }

    private CitizenRecord.Builder person(String ppp, String family, boolean female, LocalDate born, String ethnic,
            String religion, Address home, String household, String role) {
        String pin = pin(ppp, female, born);
        CitizenRecord.Builder record = CitizenRecord.builder(pin)
                .fullName(VietnameseNames.full(random, family, female))
                .dateOfBirth(born)
                .gender(female ? GenderCode.FEMALE : GenderCode.MALE)
                .set(CitizenField.PLACE_OF_BIRTH, ReferenceData.standard().legacyProvinces().get(ppp))
                .set(CitizenField.HOMETOWN, ReferenceData.standard().legacyProvinces().get(ppp))
                .set(CitizenField.ETHNICITY_CODE, ethnic)
                .set(CitizenField.RELIGION, religion)
                .set(CitizenField.NATIONALITY, "VN")
                .set(CitizenField.BLOOD_GROUP, random.nextInt(3) == 0 ? BLOOD.pick(random) : null)
                .address(AddressKind.BIRTH_REGISTRATION, new Address(ppp.substring(1), null,
                        String.format(Locale.ROOT, "%05d", random.nextInt(100_000)), null))
                .address(AddressKind.PERMANENT, home)
                .address(AddressKind.CURRENT, home)
                .set(CitizenField.HOUSEHOLD_ID, household)
                .set(CitizenField.RELATIONSHIP_TO_HEAD, role)
                .set(CitizenField.RESIDENCE_FILE_NUMBER, household.replace("-", ""));
        if (random.nextInt(100) < 90) {
            record.set(CitizenField.HEALTH_INSURANCE_NUMBER, "DN4" + pin);
        }
        LocalDate fourteen = born.plusYears(14);
        if (!fourteen.isAfter(today)) {
            LocalDate issued = fourteen.isAfter(LocalDate.of(2021, 1, 1)) ? fourteen
                    : LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1500));
            if (issued.isAfter(today)) {
                issued = today;
            }
            int age = age(born);
            LocalDate expires = born.plusYears(age < 25 ? 25 : age < 40 ? 40 : age < 60 ? 60 : 200);
            record.set(CitizenField.ID_CARD_NUMBER, pin).set(CitizenField.ID_CARD_KIND, "CCCD")
                    .set(CitizenField.ID_CARD_ISSUE_DATE, issued)
                    .set(CitizenField.ID_CARD_ISSUE_PLACE, "Cục Cảnh sát quản lý hành chính về trật tự xã hội");
            if (expires.getYear() < 2150) {
                record.set(CitizenField.ID_CARD_EXPIRY_DATE, expires);
            }
        }
        if (age(born) >= 16 && random.nextInt(100) < 70) {
            record.set(CitizenField.MOBILE_PHONE, "09" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)));
        }
        return record;
    }

    /** PPP G YY NNNNNN, the serial unique per prefix and spread over the six digits. */
    private String pin(String ppp, boolean female, LocalDate born) {
        int g = (born.getYear() - 1900) / 100 * 2 + (female ? 1 : 0);
        String prefix = ppp + g + String.format(Locale.ROOT, "%02d", born.getYear() % 100);
        while (true) {
            int serial = serials.merge(prefix, 1, Integer::sum);
            if (serial >= 1_000_000) {
                throw new IllegalStateException("more than a million numbers for prefix " + prefix);
            }
            long spread = (serial * 7_919L + 104_729L) % 1_000_000L;
            String pin = prefix + String.format(Locale.ROOT, "%06d", spread);
            if (!reserved.contains(pin)) {
                return pin;
            }
        }
    }

    private static Relative relative(Relative.Relation relation, CitizenRecord of) {
        return new Relative(relation, of.fullName(), of.personalIdentificationNumber().value(), null, "VN");
    }

    private LocalDate birthDate(int minAge, int maxAge) {
        return today.minusYears(minAge).minusDays(random.nextInt((maxAge - minAge) * 365));
    }

    private LocalDate clampAdult(LocalDate born, boolean female) {
        LocalDate youngest = today.minusYears(female ? 18 : 20);
        return born.isAfter(youngest) ? youngest.minusDays(random.nextInt(365)) : born;
    }

    private int age(LocalDate born) {
        return java.time.Period.between(born, today).getYears();
    }
}
