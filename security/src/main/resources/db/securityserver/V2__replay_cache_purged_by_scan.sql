-- The replay cache holds only the messages of the last few minutes (the Timestamp freshness window), and the
-- purge that reads keep_until runs once a minute; every message, though, inserts a key. Maintaining an index
-- over keep_until on each insert cost more than the purge's scan of this small table saves.

DROP INDEX replay_cache_keep_until;
