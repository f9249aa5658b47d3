-- What the head of an office publishes on the public performance page: a quarter (or a whole year, quarter null)
-- with the text "what the office changed in response". Withdrawn: published_at null, the text kept.
CREATE TABLE performance_publication
(
    id           BIGSERIAL PRIMARY KEY,
    version      BIGINT                   NOT NULL DEFAULT 0,
    office_id    BIGINT                   NOT NULL REFERENCES office (id),
    year         INT                      NOT NULL CHECK (year BETWEEN 1970 AND 9999),
    quarter      INT CHECK (quarter BETWEEN 1 AND 4),
    follow_up    VARCHAR(2000)            NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    published_by BIGINT
);

CREATE UNIQUE INDEX performance_publication_period ON performance_publication (office_id, year, coalesce(quarter, 0));
