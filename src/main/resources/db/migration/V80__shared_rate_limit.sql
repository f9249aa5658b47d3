-- Rate limits shared by every instance (shared.RateLimits): one row per limited thing (a client address, a
-- receipt number) and fixed window, counted by an atomic upsert. Rows of windows long over are deleted by a job.
CREATE TABLE rate_limit_window
(
    bucket       VARCHAR(200)             NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    hits         INT                      NOT NULL CHECK (hits > 0),
    PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limit_window_expires_idx ON rate_limit_window (expires_at);
