-- The pet hotel: the register of boarded pets and the metadata of each pet's picture (the bytes live in the
-- blob store, under the keys recorded here).

CREATE TABLE pet (
    id          BIGINT IDENTITY(1,1) NOT NULL,
    pet_id      NVARCHAR(32)  NOT NULL,
    name        NVARCHAR(100) NOT NULL,
    owner_name  NVARCHAR(100) NOT NULL,
    breed       NVARCHAR(100) NOT NULL,
    birth_year  INT           NOT NULL,
    created_at  DATETIME2     NOT NULL,
    updated_at  DATETIME2     NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_pet PRIMARY KEY (id),
    -- the register's own identifier: 32 lowercase hex digits
    CONSTRAINT uk_pet_pet_id UNIQUE (pet_id),
    CONSTRAINT ck_pet_birth_year CHECK (birth_year >= 1990)
);

CREATE INDEX ix_pet_owner_name ON pet (owner_name);
CREATE INDEX ix_pet_breed ON pet (breed);

-- One picture per pet: a new upload replaces the row and the blobs.
CREATE TABLE pet_picture (
    pet_id        BIGINT        NOT NULL,
    content_type  NVARCHAR(32)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    width         INT           NOT NULL,
    height        INT           NOT NULL,
    sha256        NVARCHAR(64)     NOT NULL,
    original_key  NVARCHAR(200) NOT NULL,
    png_size      BIGINT        NOT NULL,
    png_sha256    NVARCHAR(64)     NOT NULL,
    png_key       NVARCHAR(200) NOT NULL,
    uploaded_at   DATETIME2     NOT NULL,
    uploaded_by   NVARCHAR(64)  NOT NULL,
    CONSTRAINT pk_pet_picture PRIMARY KEY (pet_id),
    CONSTRAINT fk_pet_picture_pet FOREIGN KEY (pet_id) REFERENCES pet (id)
);
