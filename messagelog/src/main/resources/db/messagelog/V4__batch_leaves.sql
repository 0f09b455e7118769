-- A time-stamped batch keeps its entries' hashes (32 bytes each, in entry order), from which any entry's
-- inclusion proof is derived when read. Stamping then writes one row per batch instead of rewriting every
-- entry row with its batch number and proof (at load, the rewrite was most of the stamper's database work).
-- Batches stamped before this migration keep their proofs in ml_entry and have no entry_hashes.
ALTER TABLE ml_batch ADD COLUMN entry_hashes BYTEA;

-- Finds the batch holding an entry: the first batch whose last entry is at or after it (StampedBatches).
CREATE INDEX ml_batch_covering ON ml_batch (server_id, last_entry_no);
