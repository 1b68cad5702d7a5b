-- Reference data: countries, provinces (Ecuador's provinces, Colombia's departments), cities and document types.
-- Rows are loaded and kept current by ReferenceDataLoader from the CSV files in reference/.

CREATE TABLE country (
    code NVARCHAR(2)   NOT NULL,
    name NVARCHAR(80) NOT NULL,
    CONSTRAINT pk_country PRIMARY KEY (code)
);

CREATE TABLE province (
    id           BIGINT IDENTITY(1,1) NOT NULL,
    country_code NVARCHAR(2)    NOT NULL,
    code         NVARCHAR(2)    NOT NULL,
    name         NVARCHAR(100) NOT NULL,
    CONSTRAINT pk_province PRIMARY KEY (id),
    CONSTRAINT uk_province_code UNIQUE (country_code, code),
    CONSTRAINT fk_province_country FOREIGN KEY (country_code) REFERENCES country (code)
);

CREATE TABLE city (
    id          BIGINT IDENTITY(1,1) NOT NULL,
    province_id BIGINT        NOT NULL,
    name        NVARCHAR(100) NOT NULL,
    CONSTRAINT pk_city PRIMARY KEY (id),
    CONSTRAINT uk_city_province_name UNIQUE (province_id, name),
    CONSTRAINT fk_city_province FOREIGN KEY (province_id) REFERENCES province (id)
);

CREATE TABLE document_type (
    code         NVARCHAR(16)  NOT NULL,
    country_code NVARCHAR(2),
    name         NVARCHAR(80) NOT NULL,
    CONSTRAINT pk_document_type PRIMARY KEY (code),
    CONSTRAINT fk_document_type_country FOREIGN KEY (country_code) REFERENCES country (code)
);
