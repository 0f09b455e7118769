package vn.lienthong.routes.provider.npd.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.record.CitizenValidator;
import vn.lienthong.routes.provider.npd.record.LifeEvent;
import vn.lienthong.routes.provider.npd.record.ReferenceData;
import vn.lienthong.routes.provider.npd.record.Violation;
import vn.lienthong.routes.provider.npd.record.ViolationCode;
import vn.lienthong.routes.provider.npd.store.Change;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.Jdbc;
import vn.lienthong.routes.provider.npd.store.StoredCitizen;
import vn.lienthong.routes.provider.npd.store.VersionMeta;
import vn.lienthong.wsdl.npd.GenderCode;

/**
 * Applies canonical updates to the NPD, each in one transaction with its ledger entry:
 * <ul>
 * <li>idempotent: an update id in the ledger changes nothing and gets its first answer again;</li>
 * <li>a birth registration gets a new number ({@link PinIssuer}) and version 1;</li>
 * <li>a change to a value another feeding source recorded, not naming that value as its previous value,
 *     is HELD (Decree 37/2021), never applied silently;</li>
 * <li>a result that breaks the record rules ({@link CitizenValidator}) is REJECTED;</li>
 * <li>otherwise a new version with the update's source, id and event, made current.</li>
 * </ul>
 * Versions of one citizen are numbered in the order their transactions commit (the citizen's row is
 * locked while an update is applied).
 */
public final class UpdateApplier {

    private final DataSource dataSource;
    private final CitizenStore store;
    private final UpdateLedger ledger = new UpdateLedger();
    private final PinIssuer pins;
    private final CitizenValidator validator;
    private final Clock clock;

    public UpdateApplier(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.store = new CitizenStore(dataSource);
        this.pins = new PinIssuer(store);
        this.validator = new CitizenValidator(ReferenceData.standard(), clock);
        this.clock = clock;
    }

    public UpdateOutcome apply(CanonicalUpdate update) throws SQLException {
        return Jdbc.inTransaction(dataSource, connection -> {
            Optional<UpdateLedger.Entry> seen = ledger.find(connection, update.updateId(), false);
            if (seen.isPresent()) {
                // At least once: a repeated update that was applied publishes its change again (a subscriber
                // ignores a notification id it has seen), so a notification lost with the first answer is not lost.
                UpdateLedger.Entry entry = seen.get();
                Optional<Change> change = entry.status() == UpdateStatus.APPLIED && entry.versionNo() != null
                        ? store.version(connection, entry.pin(), entry.versionNo()) : Optional.empty();
                return new UpdateOutcome(entry.updateId(), entry.status(), true, entry.pin(), entry.versionNo(),
                        entry.violations(), change);
            }
            UpdateOutcome outcome = decide(connection, update, false);
            ledger.record(connection, outcome.pin() == null ? update : update.withPin(outcome.pin()), outcome, clock.instant());
            return outcome;
        });
    }

    /** The updates held for review, oldest first. */
    public List<HeldUpdate> held() throws SQLException {
        return Jdbc.read(dataSource, connection -> ledger.withStatus(connection, UpdateStatus.HELD).stream()
                .map(e -> new HeldUpdate(e.updateId(), e.pin(), e.update().source(), e.update().eventType(),
                        e.receivedAt(), e.update().changes(), e.violations()))
                .toList());
    }

    /**
     * An operator accepts a held update after checking with the civil-status agency or the citizen: it is
     * applied over the conflict (the record rules still hold: it may end REJECTED).
     */
    public UpdateOutcome accept(String updateId, String operator, String note) throws SQLException {
        return Jdbc.inTransaction(dataSource, connection -> {
            UpdateLedger.Entry entry = heldEntry(connection, updateId);
            UpdateOutcome outcome = decide(connection, entry.update(), true);
            ledger.resolve(connection, updateId, outcome, operator, note, clock.instant());
            return outcome;
        });
    }

    /** An operator rejects a held update: the record stays as it is. */
    public UpdateOutcome reject(String updateId, String operator, String note) throws SQLException {
        return Jdbc.inTransaction(dataSource, connection -> {
            UpdateLedger.Entry entry = heldEntry(connection, updateId);
            UpdateOutcome outcome = new UpdateOutcome(updateId, UpdateStatus.REJECTED, false, entry.pin(), null,
                    entry.violations(), Optional.empty());
            ledger.resolve(connection, updateId, outcome, operator, note, clock.instant());
            return outcome;
        });
    }

    private UpdateLedger.Entry heldEntry(Connection connection, String updateId) throws SQLException {
        UpdateLedger.Entry entry = ledger.find(connection, updateId, true)
                .orElseThrow(() -> new UnknownUpdateException(updateId));
        if (entry.status() != UpdateStatus.HELD) {
            throw new UpdateNotHeldException(updateId, entry.status());
        }
        return entry;
    }

    private UpdateOutcome decide(Connection connection, CanonicalUpdate update, boolean overConflicts) throws SQLException {
        if (LifeEvent.byName(update.eventType()).isEmpty()) {
            return rejected(update, update.pin(), List.of(new Violation(ViolationCode.EVENT_UNKNOWN, "eventType",
                    "'" + update.eventType() + "' is no event type of the NPD")));
        }
        List<Violation> unknown = unknownPaths(update);
        if (!unknown.isEmpty()) {
            return rejected(update, update.pin(), unknown);
        }
        return update.issuesNumber() ? register(connection, update) : change(connection, update, overConflicts);
    }

    private UpdateOutcome register(Connection connection, CanonicalUpdate update) throws SQLException {
        CitizenRecord.Builder draft = CitizenRecord.builder("000000000000");
        update.changes().forEach(c -> draft.setPath(c.path(), c.value()));
        CitizenRecord unnumbered = draft.build();
        LocalDate born = parseDate(unnumbered.get(CitizenField.DATE_OF_BIRTH));
        GenderCode gender = unnumbered.get(CitizenField.GENDER) == null ? null
                : ("2".equals(unnumbered.get(CitizenField.GENDER)) ? GenderCode.FEMALE : GenderCode.MALE);
        if (born == null || gender == null) {
            return rejected(update, null, List.of(new Violation(ViolationCode.FIELD_REQUIRED, "dateOfBirth",
                    "a birth registration needs a valid date of birth and the gender")));
        }
        String pin = pins.issue(connection, update.registrationProvince(), gender, born);
        if (pin == null) {
            return rejected(update, null, List.of(new Violation(ViolationCode.PIN_PROVINCE_UNKNOWN, "birthRegistrationPlace",
                    "province " + update.registrationProvince() + " has no legacy code to start a number with")));
        }
        CitizenRecord.Builder numbered = CitizenRecord.builder(pin);
        update.changes().forEach(c -> numbered.setPath(c.path(), c.value()));
        CitizenRecord record = numbered.build();
        List<Violation> violations = validator.check(record);
        if (!violations.isEmpty()) {
            return rejected(update, null, violations);
        }
        VersionMeta meta = meta(update, Set.of(VersionMeta.ALL_PATHS));
        store.create(connection, record, meta);
        return applied(connection, update, record, 1, meta);
    }

    private UpdateOutcome change(Connection connection, CanonicalUpdate update, boolean overConflicts) throws SQLException {
        if (!store.exists(connection, update.pin())) {
            return rejected(update, update.pin(), List.of(new Violation(ViolationCode.CITIZEN_UNKNOWN,
                    "personalIdentificationNumber", "the NPD holds no citizen " + update.pin())));
        }
        StoredCitizen current = store.current(connection, update.pin()).orElseThrow();
        CitizenRecord before = current.record();
        CitizenRecord.Builder builder = before.toBuilder();
        for (FieldChange change : update.changes()) {
            try {
                builder.setPath(change.path(), change.value());
            } catch (IllegalArgumentException e) {
                return rejected(update, update.pin(), List.of(new Violation(ViolationCode.FIELD_UNKNOWN, change.path(), e.getMessage())));
            }
        }
        CitizenRecord after = builder.build();
        Set<String> changed = after.changedPathsSince(before);
        if (changed.isEmpty()) {
            return new UpdateOutcome(update.updateId(), UpdateStatus.UNCHANGED, false, update.pin(), current.versionNo(),
                    List.of(), Optional.empty());
        }
        if (!overConflicts) {
            List<Violation> conflicts = conflicts(connection, update, before);
            if (!conflicts.isEmpty()) {
                return new UpdateOutcome(update.updateId(), UpdateStatus.HELD, false, update.pin(), null, conflicts,
                        Optional.empty());
            }
        }
        List<Violation> violations = validator.checkChange(before, after);
        if (!violations.isEmpty()) {
            return rejected(update, update.pin(), violations);
        }
        VersionMeta meta = meta(update, changed);
        int version = store.append(connection, after, meta);
        return applied(connection, update, after, version, meta);
    }

    /** Changes to values another source recorded, where the update does not name the value it replaces. */
    private List<Violation> conflicts(Connection connection, CanonicalUpdate update, CitizenRecord before) throws SQLException {
        Map<String, String> sources = store.lastSources(connection, update.pin());
        List<Violation> conflicts = new ArrayList<>();
        for (FieldChange change : update.changes()) {
            String current = before.valueAt(change.path());
            String next = change.value() == null || change.value().isBlank() ? null : change.value().strip();
            if (current == null || Objects.equals(current, next)) {
                continue;
            }
            String owner = sources.get(CitizenRecord.isKnownPath(change.path()) && CitizenField.byPath(change.path()).isEmpty()
                    ? "relatives" : change.path());
            if (isFeedingSource(owner) && !owner.equals(update.source()) && !current.equals(change.previousValue())) {
                conflicts.add(new Violation(ViolationCode.CONFLICT, change.path(),
                        change.path() + " was recorded by " + owner + "; " + update.source()
                                + " would replace it without naming the value it replaces"));
            }
        }
        return conflicts;
    }

    /**
     * Whether a version's source is a feeding system (an X-Road subsystem id such as
     * {@code VN/GOV/MOJ/CIVIL-STATUS}); the NPD's own loads ({@code NPD}, {@code NPD-GENERATOR}) own no field.
     */
    static boolean isFeedingSource(String source) {
        return source != null && source.contains("/");
    }

    private List<Violation> unknownPaths(CanonicalUpdate update) {
        List<Violation> unknown = new ArrayList<>();
        for (FieldChange change : update.changes()) {
            if (!CitizenRecord.isKnownPath(change.path())) {
                unknown.add(new Violation(ViolationCode.FIELD_UNKNOWN, change.path(), change.path() + " is no field of the record"));
            }
        }
        if (update.changes().isEmpty()) {
            unknown.add(new Violation(ViolationCode.FIELD_REQUIRED, "changes", "an update changes at least one field"));
        }
        return unknown;
    }

    private UpdateOutcome applied(Connection connection, CanonicalUpdate update, CitizenRecord record, int version,
            VersionMeta meta) throws SQLException {
        Change change = store.version(connection, record.personalIdentificationNumber().value(), version).orElseThrow();
        return new UpdateOutcome(update.updateId(), UpdateStatus.APPLIED, false, record.personalIdentificationNumber().value(),
                version, List.of(), Optional.of(change));
    }

    private VersionMeta meta(CanonicalUpdate update, Set<String> changed) {
        Instant now = clock.instant();
        return new VersionMeta(now, update.source(), update.updateId(), update.eventType(), changed);
    }

    private static UpdateOutcome rejected(CanonicalUpdate update, String pin, List<Violation> violations) {
        return new UpdateOutcome(update.updateId(), UpdateStatus.REJECTED, false, pin, null, violations, Optional.empty());
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
