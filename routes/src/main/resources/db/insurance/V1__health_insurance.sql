-- The health insurance database (sample, Vietnam Social Security): insured people, and the NPD's change
-- notifications it received (a notification id is handled once).

CREATE TABLE insured_person (
    insurance_number VARCHAR(20)  NOT NULL,
    pin              VARCHAR(12)  NOT NULL,
    valid_from       DATE         NOT NULL,
    terminated_on    DATE,
    update_id        VARCHAR(100) NOT NULL,
    CONSTRAINT insured_person_pk PRIMARY KEY (insurance_number)
);
CREATE INDEX insured_person_pin_ix ON insured_person (pin);

CREATE TABLE received_notification (
    notification_id VARCHAR(100) NOT NULL,
    pin             VARCHAR(12)  NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT received_notification_pk PRIMARY KEY (notification_id)
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
