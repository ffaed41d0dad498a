-- ParkReview store, version 5: on an expert's laptop, where the secretary's history stood when the
-- kit was issued (sequence number and hash of its newest entry). The expert's score files carry it
-- back, so that the secretary's ParkReview can tell when its database no longer holds that history
-- (cut back, or replaced by an older copy). Kits of earlier versions carry none: both stay NULL.

ALTER TABLE expert_mode ADD COLUMN kit_head_seq BIGINT CHECK (kit_head_seq >= 1);
ALTER TABLE expert_mode ADD COLUMN kit_head_hash CHAR(64);
ALTER TABLE expert_mode ADD CONSTRAINT kit_head_whole CHECK ((kit_head_seq IS NULL) = (kit_head_hash IS NULL));
