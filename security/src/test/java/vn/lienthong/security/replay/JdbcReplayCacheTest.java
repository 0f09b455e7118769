package vn.lienthong.security.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcReplayCacheTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    private JdbcReplayCache cache;

    @BeforeEach
    void createSchema() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:replay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        StringBuilder migration = new StringBuilder();
        for (String file : new String[] {"V1__replay_cache.sql", "V2__replay_cache_purged_by_scan.sql"}) {
            try (InputStream in = getClass().getResourceAsStream("/db/securityserver/" + file)) {
                migration.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : migration.toString().replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        cache = new JdbcReplayCache(dataSource);
    }

    @Test
    void keyIsFirstSeenOnlyOnce() {
        assertThat(cache.firstSeen("signer|created|signature", NOW.plusSeconds(300))).isTrue();
        assertThat(cache.firstSeen("signer|created|signature", NOW.plusSeconds(300))).isFalse();
        assertThat(cache.firstSeen("signer|created|other-signature", NOW.plusSeconds(300))).isTrue();
    }

    @Test
    void purgeForgetsOnlyExpiredKeys() {
        cache.firstSeen("old", NOW.minus(Duration.ofMinutes(1)));
        cache.firstSeen("current", NOW.plus(Duration.ofMinutes(1)));

        assertThat(cache.purgeExpired(NOW)).isEqualTo(1);

        assertThat(cache.firstSeen("old", NOW.plus(Duration.ofMinutes(5)))).isTrue();
        assertThat(cache.firstSeen("current", NOW.plus(Duration.ofMinutes(5)))).isFalse();
    }

    @Test
    void keepUntilIsStoredAsUtcToTheMillisecond() {
        cache.firstSeen("precise", NOW.plusMillis(1));

        assertThat(cache.purgeExpired(NOW.plusMillis(1))).isZero();
        assertThat(cache.purgeExpired(NOW.plusMillis(2))).isEqualTo(1);
    }
}
