package vn.lienthong.globalconf.authority;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.conf.ConfException;
import vn.lienthong.globalconf.format.AtomicWrite;
import vn.lienthong.globalconf.registry.Registry;
import vn.lienthong.globalconf.request.SignedManagementRequest;

/**
 * The authority's inbox of management requests. {@link #submit} authenticates a request
 * ({@link RequestAuthentication}) and stores it as pending; nothing reaches the registry until {@link #approve}
 * applies it. {@link #reject} closes it with a reason. Requests and their state are files in one folder (see
 * {@link AuthorityFolder}), so the inbox survives restarts.
 */
public final class ManagementRequests {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementRequests.class);

    /** How the inbox reads and edits the registry it belongs to. */
    interface RegistryAccess {
        Registry registry();

        Registry update(UnaryOperator<Registry> edit);
    }

    private final Path folder;
    private final Clock clock;
    private final RegistryAccess registry;

    ManagementRequests(Path folder, Clock clock, RegistryAccess registry) {
        this.folder = folder;
        this.clock = clock;
        this.registry = registry;
    }

    /** Authenticates and stores {@code bytes} (a signed management request) as pending. */
    public StoredRequest submit(byte[] bytes) {
        SignedManagementRequest signed;
        try {
            signed = SignedManagementRequest.parse(bytes);
        } catch (ConfException e) {
            throw new RequestRefusedException(RequestRefusedException.Reason.MALFORMED, e.getMessage());
        }
        return submit(signed);
    }

    public synchronized StoredRequest submit(SignedManagementRequest signed) {
        Instant now = clock.instant();
        RequestAuthentication.authenticate(signed, registry.registry(), now);
        long id = nextId();
        AtomicWrite.file(folder.resolve(id + ".xml"), signed.toBytes());
        Properties state = new Properties();
        state.setProperty("status", RequestStatus.PENDING.name());
        state.setProperty("submitted", now.toString());
        writeState(id, state);
        StoredRequest stored = read(id);
        LOG.info("management request {} submitted: {}", id, stored.request().summary());
        return stored;
    }

    /** Every stored request, oldest first. */
    public synchronized List<StoredRequest> all() {
        List<StoredRequest> result = new ArrayList<>();
        for (long id : ids()) {
            result.add(read(id));
        }
        return result;
    }

    public List<StoredRequest> pending() {
        return all().stream().filter(r -> r.status() == RequestStatus.PENDING).toList();
    }

    public synchronized StoredRequest get(long id) {
        if (!Files.isRegularFile(stateFile(id))) {
            throw new RequestDecisionException("there is no management request " + id
                    + ": see the numbers with 'lienthong confauth requests list'");
        }
        return read(id);
    }

    /** Applies the pending request {@code id} to the registry; it shows in the next published bundle. */
    public synchronized StoredRequest approve(long id) {
        StoredRequest r = requirePending(id);
        registry.update(r.request()::applyTo);
        decide(id, RequestStatus.APPROVED, null);
        LOG.info("management request {} approved: {}", id, r.request().summary());
        return read(id);
    }

    /** Closes the pending request {@code id} without any change to the registry. */
    public synchronized StoredRequest reject(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RequestDecisionException("give a reason for rejecting request " + id);
        }
        StoredRequest r = requirePending(id);
        decide(id, RequestStatus.REJECTED, reason.strip());
        LOG.info("management request {} rejected ({}): {}", id, reason, r.request().summary());
        return read(id);
    }

    private StoredRequest requirePending(long id) {
        StoredRequest r = get(id);
        if (r.status() != RequestStatus.PENDING) {
            throw new RequestDecisionException("management request " + id + " was " + r.status().name().toLowerCase()
                    + " at " + r.decidedAt() + " already");
        }
        return r;
    }

    private void decide(long id, RequestStatus status, String reason) {
        Properties state = readState(id);
        state.setProperty("status", status.name());
        state.setProperty("decided", clock.instant().toString());
        if (reason != null) {
            state.setProperty("reason", reason);
        }
        writeState(id, state);
    }

    private StoredRequest read(long id) {
        Properties state = readState(id);
        SignedManagementRequest signed;
        try {
            signed = SignedManagementRequest.parse(Files.readAllBytes(folder.resolve(id + ".xml")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read request " + id + " in " + folder + ": " + e.getMessage(), e);
        }
        String decided = state.getProperty("decided");
        return new StoredRequest(id, signed.document().request(), RequestStatus.valueOf(state.getProperty("status")),
                Instant.parse(state.getProperty("submitted")), decided == null ? null : Instant.parse(decided),
                state.getProperty("reason"));
    }

    private List<Long> ids() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d+\\.properties"))
                    .map(n -> Long.parseLong(n.substring(0, n.indexOf('.'))))
                    .sorted(Comparator.naturalOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private long nextId() {
        List<Long> ids = ids();
        return ids.isEmpty() ? 1 : ids.get(ids.size() - 1) + 1;
    }

    private Path stateFile(long id) {
        return folder.resolve(id + ".properties");
    }

    private Properties readState(long id) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(stateFile(id), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + stateFile(id) + ": " + e.getMessage(), e);
        }
        return p;
    }

    private void writeState(long id, Properties state) {
        StringWriter text = new StringWriter();
        try {
            state.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicWrite.file(stateFile(id), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
