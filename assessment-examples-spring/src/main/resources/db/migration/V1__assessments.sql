-- One row per stored assessment: the document as the codec wrote it, its scorecard and its
-- summary (for a province's round), with the columns a round and the history search by.
-- Portable SQL: the same migration runs on H2 and PostgreSQL.

-- The statuses of the model (AssessmentStatus); a later status is one more row in a migration.
-- A table rather than a CHECK (status IN (...)): H2 evaluates such a check through the session that
-- created it, and refuses every insert once that connection is closed (a pool renews it).
CREATE TABLE assessment_status (
    status VARCHAR(16) NOT NULL PRIMARY KEY
);
INSERT INTO assessment_status (status) VALUES ('DRAFT'), ('SUBMITTED'), ('REVIEWED'), ('FINAL');

CREATE TABLE assessment (
    id           VARCHAR(255)             NOT NULL PRIMARY KEY,
    subject_id   VARCHAR(255)             NOT NULL,
    province     VARCHAR(255),
    rubric       VARCHAR(255)             NOT NULL,
    fiscal_year  INTEGER                  NOT NULL, -- Buddhist era, e.g. 2567
    kind         VARCHAR(32)              NOT NULL,
    status       VARCHAR(16)              NOT NULL REFERENCES assessment_status (status),
    document     TEXT                     NOT NULL, -- assessmentkit/assessment
    scorecard    TEXT                     NOT NULL, -- assessmentkit/scorecard
    summary      TEXT                     NOT NULL, -- assessmentkit/summaries, this one alone
    stored_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revision     INTEGER                  NOT NULL  -- 1 when stored, one more at each change
);

CREATE INDEX assessment_round ON assessment (rubric, fiscal_year, province);
CREATE INDEX assessment_subject ON assessment (subject_id, fiscal_year);
