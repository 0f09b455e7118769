-- The National Population Database's citizen records, as far as the query service reads them
-- (Law 26/2023 on Identification, Art. 9). Addresses are administrative-unit codes plus free text.
-- Portable SQL: runs on H2 (the embedded default) and PostgreSQL.
-- Coded values are held by reference tables rather than CHECK (x IN (...)) lists: H2 2.4 evaluates
-- such a list with the session that created the table, which fails once that session is closed.

CREATE TABLE gender_code (
    code CHAR(1)     NOT NULL,
    name VARCHAR(20) NOT NULL,
    CONSTRAINT gender_code_pk PRIMARY KEY (code)
);
INSERT INTO gender_code (code, name) VALUES ('1', 'male');
INSERT INTO gender_code (code, name) VALUES ('2', 'female');

CREATE TABLE marital_status (
    code VARCHAR(10) NOT NULL,
    CONSTRAINT marital_status_pk PRIMARY KEY (code)
);
INSERT INTO marital_status (code) VALUES ('SINGLE');
INSERT INTO marital_status (code) VALUES ('MARRIED');
INSERT INTO marital_status (code) VALUES ('DIVORCED');
INSERT INTO marital_status (code) VALUES ('WIDOWED');

CREATE TABLE citizen (
    personal_identification_number VARCHAR(12)  NOT NULL,
    full_name                      VARCHAR(200) NOT NULL,
    other_names                    VARCHAR(200),
    date_of_birth                  DATE         NOT NULL,
    gender                         CHAR(1)      NOT NULL,
    place_of_birth                 VARCHAR(300),
    hometown                       VARCHAR(300),
    ethnicity_code                 CHAR(2)      NOT NULL,
    religion                       VARCHAR(100),
    nationality                    CHAR(2)      NOT NULL,
    permanent_province_code        CHAR(2),
    permanent_district_code        CHAR(3),
    permanent_commune_code         CHAR(5),
    permanent_detail               VARCHAR(300),
    current_province_code          CHAR(2),
    current_district_code          CHAR(3),
    current_commune_code           CHAR(5),
    current_detail                 VARCHAR(300),
    marital_status                 VARCHAR(10),
    date_of_death                  DATE,
    -- The record exists but is disclosed to no caller through this service (Circular 13/2017 Art. 8: NOT_PERMITTED).
    disclosure_restricted          BOOLEAN      DEFAULT FALSE NOT NULL,
    CONSTRAINT citizen_pk PRIMARY KEY (personal_identification_number),
    CONSTRAINT citizen_pin_length CHECK (CHAR_LENGTH(personal_identification_number) = 12),
    CONSTRAINT citizen_gender_fk FOREIGN KEY (gender) REFERENCES gender_code (code),
    CONSTRAINT citizen_marital_status_fk FOREIGN KEY (marital_status) REFERENCES marital_status (code),
    CONSTRAINT citizen_permanent_address CHECK (
        (permanent_province_code IS NULL) = (permanent_commune_code IS NULL)),
    CONSTRAINT citizen_current_address CHECK (
        (current_province_code IS NULL) = (current_commune_code IS NULL))
);
