-- ParkReview store, version 7: where the history stood when a sheet was printed (sequence number and
-- hash of the entry that records the printing), so that verify-sheet can tell when the history no
-- longer holds it (cut back, or rewritten). Sheets printed before version 7 carry none: both NULL.

ALTER TABLE printed_sheet ADD COLUMN head_seq BIGINT CHECK (head_seq >= 1);
ALTER TABLE printed_sheet ADD COLUMN head_hash CHAR(64);
ALTER TABLE printed_sheet ADD CONSTRAINT printed_sheet_head_whole CHECK ((head_seq IS NULL) = (head_hash IS NULL));
