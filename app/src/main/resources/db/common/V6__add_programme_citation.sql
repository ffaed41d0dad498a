-- ParkReview store, version 6: the clause of the rules a session's programme applies (the citation
-- every sheet prints, editable per programme) and the session's secretary (评审秘书, the author of
-- the files the sheets are exported to), both kept with the session.
-- A session made before version 6 printed its programme's name where the citation now stands: it
-- keeps that as its citation, so that a sheet printed from it before still has the same code.

ALTER TABLE review_session ADD COLUMN programme_citation VARCHAR(500) NOT NULL DEFAULT '';
UPDATE review_session SET programme_citation = programme_name;
ALTER TABLE review_session ADD COLUMN secretary VARCHAR(50) NOT NULL DEFAULT '';
