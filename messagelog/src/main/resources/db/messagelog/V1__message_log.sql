-- LienThong message log (module messagelog). Own history table: messagelog_schema_history.
-- One hash chain per security server (server_id); see messagelog/README.md for the meaning of every column.

CREATE TABLE ml_chain_head (
    server_id        VARCHAR(255) NOT NULL PRIMARY KEY,
    last_entry_no    BIGINT       NOT NULL,
    last_entry_hash  BYTEA        NOT NULL
);

CREATE TABLE ml_entry (
    server_id        VARCHAR(255)  NOT NULL,
    entry_no         BIGINT        NOT NULL,
    logged_at        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    side             VARCHAR(16)   NOT NULL,
    direction        VARCHAR(16)   NOT NULL,
    query_id         VARCHAR(255)  NOT NULL,
    client_id        VARCHAR(255)  NOT NULL,
    service_id       VARCHAR(255)  NOT NULL,
    user_id          VARCHAR(255)  NOT NULL,
    issue            VARCHAR(1024) NOT NULL,
    citizen_ids      VARCHAR(1000000) NOT NULL,
    fields_disclosed VARCHAR(100000)  NOT NULL,
    fault_code       VARCHAR(255),
    wire_size        BIGINT        NOT NULL,
    message_size     BIGINT        NOT NULL,
    time_in          TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    time_out         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    message          BYTEA         NOT NULL,
    message_digest   BYTEA         NOT NULL,
    prev_hash        BYTEA         NOT NULL,
    entry_hash       BYTEA         NOT NULL,
    batch_no         BIGINT,
    inclusion_proof  BYTEA,
    archive_no       BIGINT,
    PRIMARY KEY (server_id, entry_no)
);

CREATE INDEX ml_entry_query_id   ON ml_entry (query_id);
CREATE INDEX ml_entry_client     ON ml_entry (client_id, logged_at);
CREATE INDEX ml_entry_service    ON ml_entry (service_id, logged_at);
CREATE INDEX ml_entry_logged_at  ON ml_entry (logged_at);
CREATE INDEX ml_entry_fault      ON ml_entry (fault_code, logged_at);
CREATE INDEX ml_entry_unstamped  ON ml_entry (server_id, batch_no, entry_no);
CREATE INDEX ml_entry_archive    ON ml_entry (server_id, archive_no, entry_no);

-- The search index for "who accessed this citizen's data"; the hashed copy is ml_entry.citizen_ids.
CREATE TABLE ml_entry_citizen (
    server_id   VARCHAR(255) NOT NULL,
    entry_no    BIGINT       NOT NULL,
    citizen_id  CHAR(12)     NOT NULL,
    PRIMARY KEY (server_id, entry_no, citizen_id)
);
CREATE INDEX ml_entry_citizen_id ON ml_entry_citizen (citizen_id, server_id, entry_no);

-- One RFC 3161 token per batch, over the Merkle root of the batch's entry hashes.
CREATE TABLE ml_batch (
    server_id       VARCHAR(255) NOT NULL,
    batch_no        BIGINT       NOT NULL,
    first_entry_no  BIGINT       NOT NULL,
    last_entry_no   BIGINT       NOT NULL,
    entry_count     INTEGER      NOT NULL,
    merkle_root     BYTEA        NOT NULL,
    token           BYTEA        NOT NULL,
    gen_time        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (server_id, batch_no)
);

-- ASiC-E archive containers, chained: each names the SHA-256 of the previous container file.
CREATE TABLE ml_archive (
    server_id                  VARCHAR(255) NOT NULL,
    archive_no                 BIGINT       NOT NULL,
    first_entry_no             BIGINT       NOT NULL,
    last_entry_no              BIGINT       NOT NULL,
    last_entry_hash            BYTEA        NOT NULL,
    file_name                  VARCHAR(1024) NOT NULL,
    container_digest           BYTEA        NOT NULL,
    previous_container_digest  BYTEA        NOT NULL,
    created_at                 TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (server_id, archive_no)
);
