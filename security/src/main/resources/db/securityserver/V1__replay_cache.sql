-- Messages already accepted by this security server (or cluster), kept until they would be refused as stale anyway.
CREATE TABLE replay_cache (
    replay_key VARCHAR(200) PRIMARY KEY,
    keep_until TIMESTAMP NOT NULL
);

CREATE INDEX replay_cache_keep_until ON replay_cache (keep_until);
