-- The residence database (sample, Ministry of Public Security): residence registrations and temporary
-- absence declarations (Law on Residence 2020).

CREATE TABLE residence_registration (
    registration_id       VARCHAR(40)  NOT NULL,
    pin                   VARCHAR(12)  NOT NULL,
    kind                  VARCHAR(10)  NOT NULL,
    registered_on         DATE         NOT NULL,
    province_code         CHAR(2)      NOT NULL,
    district_code         CHAR(3),
    commune_code          CHAR(5)      NOT NULL,
    address_detail        VARCHAR(300),
    residence_file_number VARCHAR(30),
    household_id          VARCHAR(20),
    relationship_to_head  VARCHAR(12),
    update_id             VARCHAR(100) NOT NULL,
    CONSTRAINT residence_registration_pk PRIMARY KEY (registration_id)
);

CREATE TABLE temporary_absence (
    declaration_id VARCHAR(40)  NOT NULL,
    pin            VARCHAR(12)  NOT NULL,
    absent_from    DATE         NOT NULL,
    absent_until   DATE,
    destination    VARCHAR(300),
    update_id      VARCHAR(100) NOT NULL,
    CONSTRAINT temporary_absence_pk PRIMARY KEY (declaration_id)
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
