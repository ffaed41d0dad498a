-- ParkReview store, version 3: the verification codes of the sheets ParkReview printed, and the
-- pre-review (初审) materials checklist of each applicant.
-- Only new tables: a version-1 or version-2 file keeps every row as it was.

-- Every sheet made for output (PDF, PDF/A, one file per sheet, XLSX, print, preview) under the
-- code printed on it: the first 12 hex characters of the SHA-256 of its canonical text, kept here
-- so that verify-sheet can tell what changed since. The same code printed again is the same
-- content: the first print is kept. The round is the one the sheet's head carries (an expert
-- sheet's own round).
CREATE TABLE printed_sheet (
    code           CHAR(12)     NOT NULL PRIMARY KEY CHECK (REGEXP_LIKE(code, '^[0-9a-f]{12}$')),
    kind           VARCHAR(10)  NOT NULL CHECK (kind IN ('blank', 'expert', 'summary', 'results', 'signin')),
    session_id     BIGINT       NOT NULL REFERENCES review_session (id),
    applicant_id   BIGINT       REFERENCES applicant (id),
    expert_id      BIGINT       REFERENCES expert (id),
    round          INT          NOT NULL CHECK (round >= 1),
    canonical_text CHARACTER LARGE OBJECT NOT NULL,
    printed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    printed_by     VARCHAR(200) NOT NULL,
    CONSTRAINT printed_sheet_subject CHECK (
        (kind = 'expert' AND applicant_id IS NOT NULL AND expert_id IS NOT NULL)
        OR (kind IN ('blank', 'summary') AND applicant_id IS NOT NULL AND expert_id IS NULL)
        OR (kind IN ('results', 'signin') AND applicant_id IS NULL AND expert_id IS NULL))
);

-- The materials an applicant handed in (第三部分（二）申报材料), one row per item once the
-- secretary has filled the checklist in. No row at all: the checklist was never filled in.
CREATE TABLE applicant_material (
    applicant_id BIGINT       NOT NULL REFERENCES applicant (id),
    item         VARCHAR(20)  NOT NULL CHECK (item IN ('APPLICATION_FORM', 'BUSINESS_LICENCE', 'FINANCIAL',
                                                       'QUALIFICATION', 'MANAGEMENT', 'OTHER')),
    received     BOOLEAN      NOT NULL,
    note         VARCHAR(500) NOT NULL DEFAULT '',
    PRIMARY KEY (applicant_id, item)
);

CREATE INDEX printed_sheet_session ON printed_sheet (session_id);
