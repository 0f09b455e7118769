package vn.lienthong.security.keyconf;

import java.time.Instant;
import java.util.Objects;

/** What the key configuration remembers about one key of a token. */
public record KeyRecord(String alias, KeyPurpose purpose, KeyState state, Instant created) {

    public KeyRecord {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(created, "created");
    }

    KeyRecord withState(KeyState newState) {
        return new KeyRecord(alias, purpose, newState, created);
    }
}
