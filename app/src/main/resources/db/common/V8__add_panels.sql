-- ParkReview store, version 8: panels. On a programme office's server several panels sit on the
-- same days, each with its own secretary; a session belongs to one panel, whose secretaries alone
-- may change it (PostgreSQL roles and row-level security made by `parkreview server init`, see
-- ServerRoles). role_name is the server role whose members are the panel's secretaries. A file
-- holds no panels: its sessions have none (panel_code NULL).

CREATE TABLE panel (
    code      VARCHAR(16)  NOT NULL PRIMARY KEY,
    name      VARCHAR(100) NOT NULL,
    role_name VARCHAR(63)  NOT NULL UNIQUE
);

ALTER TABLE review_session ADD COLUMN panel_code VARCHAR(16) REFERENCES panel (code);
