-- Reference data of the citizen record: the public code tables (loaded from classpath:reference/*.tsv by
-- the Java migration V3, ReferenceDataMigration) and the small closed code lists of Law 26/2023 Art. 9.
-- Coded columns of the record point at these tables with foreign keys ("codes that exist").

-- PPP of a personal identification number: the 63 legacy province codes (numbers never change).
CREATE TABLE province_legacy (
    code CHAR(3)      NOT NULL,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT province_legacy_pk PRIMARY KEY (code)
);

-- The 34 provinces after the 2025 merger.
CREATE TABLE province_2025 (
    code CHAR(2)      NOT NULL,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT province_2025_pk PRIMARY KEY (code)
);

-- Province codes an address may carry: every legacy code (two digits) and every 2025 code.
CREATE TABLE address_province (
    code   CHAR(2)      NOT NULL,
    name   VARCHAR(100) NOT NULL,
    CONSTRAINT address_province_pk PRIMARY KEY (code)
);

-- The 54 ethnic groups, 55 foreigner, 56 unknown.
CREATE TABLE ethnic_group (
    code CHAR(2)      NOT NULL,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT ethnic_group_pk PRIMARY KEY (code)
);

CREATE TABLE blood_group (
    code VARCHAR(3) NOT NULL,
    CONSTRAINT blood_group_pk PRIMARY KEY (code)
);
INSERT INTO blood_group (code) VALUES ('A');
INSERT INTO blood_group (code) VALUES ('B');
INSERT INTO blood_group (code) VALUES ('AB');
INSERT INTO blood_group (code) VALUES ('O');

-- Kinds of identity document of Art. 9.13-14.
CREATE TABLE identity_card_kind (
    code VARCHAR(6) NOT NULL,
    CONSTRAINT identity_card_kind_pk PRIMARY KEY (code)
);
INSERT INTO identity_card_kind (code) VALUES ('CMND9');
INSERT INTO identity_card_kind (code) VALUES ('CMND12');
INSERT INTO identity_card_kind (code) VALUES ('CCCD');
INSERT INTO identity_card_kind (code) VALUES ('CC');

-- Relations of Art. 9.15.
CREATE TABLE relation_kind (
    code VARCHAR(24) NOT NULL,
    CONSTRAINT relation_kind_pk PRIMARY KEY (code)
);
INSERT INTO relation_kind (code) VALUES ('FATHER');
INSERT INTO relation_kind (code) VALUES ('MOTHER');
INSERT INTO relation_kind (code) VALUES ('SPOUSE');
INSERT INTO relation_kind (code) VALUES ('CHILD');
INSERT INTO relation_kind (code) VALUES ('LEGAL_REPRESENTATIVE');
INSERT INTO relation_kind (code) VALUES ('REPRESENTED_PERSON');
