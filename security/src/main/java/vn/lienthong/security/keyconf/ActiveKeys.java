package vn.lienthong.security.keyconf;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import vn.lienthong.conf.identifier.MemberId;
import vn.lienthong.conf.identifier.SecurityServerId;
import vn.lienthong.security.keys.SigningCredential;
import vn.lienthong.security.token.Token;
import vn.lienthong.security.token.TokenException;

/**
 * The keys the server uses right now, one per {@link KeyPurpose}; read per message.
 *
 * <p>The table is immutable and replaced as a whole ({@link #publish}), so a switch to a renewed key is
 * atomic: a message that already took the old credential finishes with it (the old key stays in the
 * token), every later look-up gets the new one, and no look-up ever sees no key in between.
 */
public final class ActiveKeys {

    private final AtomicReference<Map<KeyPurpose, SigningCredential>> current = new AtomicReference<>(Map.of());

    /** The active key of {@code purpose}, if one is active. */
    public Optional<SigningCredential> forPurpose(KeyPurpose purpose) {
        return Optional.ofNullable(current.get().get(purpose));
    }

    public Optional<SigningCredential> signing(MemberId member) {
        return forPurpose(KeyPurpose.signing(member));
    }

    public Optional<SigningCredential> auth(SecurityServerId server) {
        return forPurpose(KeyPurpose.auth(server));
    }

    /** Every active key (an immutable snapshot). */
    public Map<KeyPurpose, SigningCredential> snapshot() {
        return current.get();
    }

    /**
     * Loads the credentials of the {@code ACTIVE} records from {@code token} and installs them in one step.
     * Nothing changes when any of them cannot be loaded.
     */
    public void publish(Token token, Collection<KeyRecord> records) throws TokenException {
        Map<KeyPurpose, SigningCredential> next = new HashMap<>();
        for (KeyRecord record : records) {
            if (record.state() == KeyState.ACTIVE) {
                next.put(record.purpose(), token.credential(record.alias()));
            }
        }
        current.set(Map.copyOf(next));
    }
}
