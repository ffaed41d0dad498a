-- ParkReview store, version 2: offline scoring on the experts' own laptops (expert kits, signed
-- score files, verified import) and the second entry of sheets typed in from paper.
-- Only new tables: a version-1 file keeps every row as it was.

-- A kit handed to an expert (one .prkit file). An imported score file names its kit; the kit
-- says which session and which expert the file may speak for.
CREATE TABLE expert_kit (
    kit_id     UUID         NOT NULL PRIMARY KEY,
    session_id BIGINT       NOT NULL REFERENCES review_session (id),
    expert_id  BIGINT       NOT NULL REFERENCES expert (id),
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The public key an expert's score files are signed with, pinned at the first import: later
-- files of that expert must carry the same key. Ed25519, X.509 encoding in Base64 (60 chars).
CREATE TABLE expert_key (
    expert_id   BIGINT      NOT NULL PRIMARY KEY REFERENCES expert (id),
    public_key  VARCHAR(60) NOT NULL,
    fingerprint VARCHAR(19) NOT NULL,
    pinned_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Expert mode: this database is an expert's laptop copy, opened from a kit. Only that expert's
-- sheets can be edited. The key pair is made when the kit is opened and never leaves the file
-- (encrypt the file, CIPHER=AES, on a laptop that leaves the building). At most one row.
CREATE TABLE expert_mode (
    id          INT          NOT NULL PRIMARY KEY CHECK (id = 1),
    kit_id      UUID         NOT NULL,
    session_id  BIGINT       NOT NULL REFERENCES review_session (id),
    expert_id   BIGINT       NOT NULL REFERENCES expert (id),
    public_key  VARCHAR(60)  NOT NULL,
    private_key VARCHAR(200) NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A sheet typed in from paper (origin PAPER) counts only once a second person has typed the
-- same scores again: that second entry, one row per indicator.
CREATE TABLE paper_check (
    sheet_id   BIGINT       NOT NULL PRIMARY KEY REFERENCES score_sheet (id),
    entered_by VARCHAR(200) NOT NULL,
    entered_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE paper_check_score (
    sheet_id       BIGINT        NOT NULL REFERENCES paper_check (sheet_id),
    indicator_code VARCHAR(5)    NOT NULL,
    score          DECIMAL(6, 2) NOT NULL CHECK (score >= 0),
    PRIMARY KEY (sheet_id, indicator_code)
);

CREATE INDEX expert_kit_session ON expert_kit (session_id);
CREATE INDEX expert_key_public ON expert_key (public_key);
