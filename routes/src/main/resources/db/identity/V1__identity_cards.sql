-- The citizen identification database (sample, Ministry of Public Security): identity cards issued and expired.

CREATE TABLE identity_card (
    card_number VARCHAR(12)  NOT NULL,
    pin         VARCHAR(12)  NOT NULL,
    card_kind   VARCHAR(6)   NOT NULL,
    issued_on   DATE         NOT NULL,
    issued_by   VARCHAR(200) NOT NULL,
    expires_on  DATE,
    expired_on  DATE,
    CONSTRAINT identity_card_pk PRIMARY KEY (card_number)
);

-- What this system sent the NPD and what the NPD answered (vn.lienthong.routes.provider.feeder.DeliveryLedger).
CREATE TABLE npd_delivery (
    update_id   VARCHAR(100) NOT NULL,
    record_kind VARCHAR(40)  NOT NULL,
    record_key  VARCHAR(100) NOT NULL,
    queued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    update_document VARCHAR(100000) NOT NULL,
    npd_status  VARCHAR(12),
    npd_pin     VARCHAR(12),
    npd_detail  VARCHAR(1000),
    answered_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT npd_delivery_pk PRIMARY KEY (update_id)
);
