-- Time-stamped entries are always a prefix of a server's chain: the writer makes entries visible in entry
-- order and the stamper takes the oldest unstamped ones, whole runs at a time. So the first unstamped entry
-- follows the last entry of the newest batch, and no index over batch_no is needed to find it. Without that
-- index, the stamper's update of batch_no and inclusion_proof no longer moves every entry within an index:
-- that was a third of the stamper's database work for each entry, and more of its commit.

DROP INDEX ml_entry_unstamped;

CREATE INDEX ml_batch_last_entry ON ml_batch (server_id, last_entry_no DESC);
