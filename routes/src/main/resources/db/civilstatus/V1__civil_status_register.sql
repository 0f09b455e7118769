-- The electronic civil status database of the Ministry of Justice (sample): the registers of births,
-- deaths, marriages, divorces and name changes, in the register's own terms (Law on Civil Status 2014).

CREATE TABLE birth_registration (
    registration_number VARCHAR(40)  NOT NULL,
    registered_on       DATE         NOT NULL,
    province_code       CHAR(2)      NOT NULL,
    district_code       CHAR(3),
    commune_code        CHAR(5)      NOT NULL,
    registration_office VARCHAR(200),
    child_name          VARCHAR(200) NOT NULL,
    date_of_birth       DATE         NOT NULL,
    sex                 VARCHAR(3)   NOT NULL,
    place_of_birth      VARCHAR(300) NOT NULL,
    ethnicity_code      CHAR(2)      NOT NULL,
    nationality         CHAR(2)      NOT NULL,
    father_name         VARCHAR(200),
    father_pin          VARCHAR(12),
    mother_name         VARCHAR(200),
    mother_pin          VARCHAR(12),
    update_id           VARCHAR(100) NOT NULL,
    CONSTRAINT birth_registration_pk PRIMARY KEY (registration_number)
);

CREATE TABLE death_registration (
    registration_number VARCHAR(40) NOT NULL,
    registered_on       DATE        NOT NULL,
    pin                 VARCHAR(12) NOT NULL,
    date_of_death       DATE        NOT NULL,
    place_of_death      VARCHAR(300),
    update_id           VARCHAR(100) NOT NULL,
    CONSTRAINT death_registration_pk PRIMARY KEY (registration_number)
);

CREATE TABLE marriage_registration (
    registration_number VARCHAR(40)  NOT NULL,
    registered_on       DATE         NOT NULL,
    pin                 VARCHAR(12)  NOT NULL,
    spouse_name         VARCHAR(200) NOT NULL,
    spouse_pin          VARCHAR(12),
    spouse_nationality  CHAR(2),
    update_id           VARCHAR(100) NOT NULL,
    CONSTRAINT marriage_registration_pk PRIMARY KEY (registration_number)
);

CREATE TABLE divorce_record (
    judgment_number VARCHAR(40)  NOT NULL,
    effective_on    DATE         NOT NULL,
    pin             VARCHAR(12)  NOT NULL,
    update_id       VARCHAR(100) NOT NULL,
    CONSTRAINT divorce_record_pk PRIMARY KEY (judgment_number)
);

CREATE TABLE name_change (
    decision_number VARCHAR(40)  NOT NULL,
    decided_on      DATE         NOT NULL,
    pin             VARCHAR(12)  NOT NULL,
    new_full_name   VARCHAR(200) NOT NULL,
    update_id       VARCHAR(100) NOT NULL,
    CONSTRAINT name_change_pk PRIMARY KEY (decision_number)
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
