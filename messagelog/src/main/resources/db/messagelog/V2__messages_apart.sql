-- The signed messages move to a table of their own. ml_entry rows stay small (about a kilobyte), so the
-- time-stamper's update of batch_no and inclusion_proof, the indexes and the searches no longer rewrite or
-- read ten-kilobyte messages; a message is written once and read only to verify or export it.

CREATE TABLE ml_message (
    server_id  VARCHAR(255) NOT NULL,
    entry_no   BIGINT       NOT NULL,
    message    BYTEA        NOT NULL,
    PRIMARY KEY (server_id, entry_no)
);

INSERT INTO ml_message (server_id, entry_no, message) SELECT server_id, entry_no, message FROM ml_entry;

ALTER TABLE ml_entry DROP COLUMN message;
