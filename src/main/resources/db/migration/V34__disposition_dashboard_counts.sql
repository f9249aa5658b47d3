-- What the head's dashboard and the division head's inbox count, kept up to date in the transaction of every
-- change of a request (RequestWorklist), and the indexes that read a page of a worklist in its order.
--
-- The counts are kept by triggers on consultation_request: whatever writes a request (the application, the
-- benchmark's bulk insert, a later migration, a test that moves a deadline) keeps them right, in its own
-- transaction. A change never updates a shared counter row: it appends its +1/-1 rows (a submission of an
-- office never waits for another's counter lock), and RequestTallies.compact folds them into one row per key
-- from time to time. A reader sums the rows of its office: a few per status and per day of deadlines.

-- requests per office, division (the one it was disposed or assigned to, null before) and status
CREATE TABLE request_status_tally
(
    office_id   BIGINT      NOT NULL,
    division_id BIGINT,
    status      VARCHAR(20) NOT NULL,
    n           BIGINT      NOT NULL
);
CREATE INDEX request_status_tally_office_idx ON request_status_tally (office_id, division_id);

-- pending deadlines per office, division, kind and day (UTC) they fall due: the answer letter (while it is
-- still to be sent), the consultation (while it is still to be held) and the first of the two (a request is
-- late from then on). What fell due before today is late; today's are counted from the indexes below.
CREATE TABLE request_deadline_tally
(
    office_id   BIGINT      NOT NULL,
    division_id BIGINT,
    deadline    VARCHAR(12) NOT NULL,
    due_on      DATE        NOT NULL,
    n           BIGINT      NOT NULL,
    CHECK (deadline IN ('ANSWER', 'CONSULTATION', 'FIRST'))
);
CREATE INDEX request_deadline_tally_office_idx ON request_deadline_tally (office_id, deadline, due_on);

-- The statuses below are RequestStatus.awaitingAnswerLetter() (SUBMITTED, RECEIVED, DISPOSED, ASSIGNED) and
-- awaitingConsultation() (those and SCHEDULED); RequestTalliesTests compares every count with a recount in Java.
CREATE FUNCTION request_pending_deadlines(status VARCHAR, answer_due_at TIMESTAMPTZ, consultation_due_at TIMESTAMPTZ)
    RETURNS TABLE (deadline VARCHAR, due_on DATE)
    LANGUAGE sql IMMUTABLE AS
$$
SELECT d.deadline, (d.due_at AT TIME ZONE 'UTC')::date
FROM (VALUES ('ANSWER', CASE WHEN status IN ('SUBMITTED', 'RECEIVED', 'DISPOSED', 'ASSIGNED') THEN answer_due_at END),
             ('CONSULTATION', CASE WHEN status IN ('SUBMITTED', 'RECEIVED', 'DISPOSED', 'ASSIGNED', 'SCHEDULED')
                                   THEN consultation_due_at END),
             ('FIRST', LEAST(CASE WHEN status IN ('SUBMITTED', 'RECEIVED', 'DISPOSED', 'ASSIGNED') THEN answer_due_at END,
                             CASE WHEN status IN ('SUBMITTED', 'RECEIVED', 'DISPOSED', 'ASSIGNED', 'SCHEDULED')
                                  THEN consultation_due_at END))) AS d (deadline, due_at)
WHERE d.due_at IS NOT NULL
$$;

-- new requests, one statement at a time (a bulk insert adds one row per key, not one per request)
CREATE FUNCTION request_tally_inserted() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO request_status_tally (office_id, division_id, status, n)
    SELECT office_id, assigned_division_id, status, count(*) FROM new_rows GROUP BY 1, 2, 3;
    INSERT INTO request_deadline_tally (office_id, division_id, deadline, due_on, n)
    SELECT r.office_id, r.assigned_division_id, d.deadline, d.due_on, count(*)
    FROM new_rows r CROSS JOIN LATERAL request_pending_deadlines(r.status, r.answer_due_at, r.consultation_due_at) d
    GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END
$$;

CREATE FUNCTION request_tally_deleted() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO request_status_tally (office_id, division_id, status, n)
    SELECT office_id, assigned_division_id, status, -count(*) FROM old_rows GROUP BY 1, 2, 3;
    INSERT INTO request_deadline_tally (office_id, division_id, deadline, due_on, n)
    SELECT r.office_id, r.assigned_division_id, d.deadline, d.due_on, -count(*)
    FROM old_rows r CROSS JOIN LATERAL request_pending_deadlines(r.status, r.answer_due_at, r.consultation_due_at) d
    GROUP BY 1, 2, 3, 4;
    RETURN NULL;
END
$$;

-- a changed request: -1 where it was counted, +1 where it is counted now (nothing where both are the same)
CREATE FUNCTION request_tally_updated() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO request_status_tally (office_id, division_id, status, n)
    SELECT office_id, division_id, status, sum(n)
    FROM (VALUES (OLD.office_id, OLD.assigned_division_id, OLD.status, -1),
                 (NEW.office_id, NEW.assigned_division_id, NEW.status, 1)) AS c (office_id, division_id, status, n)
    GROUP BY 1, 2, 3
    HAVING sum(n) <> 0;
    INSERT INTO request_deadline_tally (office_id, division_id, deadline, due_on, n)
    SELECT office_id, division_id, deadline, due_on, sum(n)
    FROM (SELECT OLD.office_id, OLD.assigned_division_id, d.deadline, d.due_on, -1
          FROM request_pending_deadlines(OLD.status, OLD.answer_due_at, OLD.consultation_due_at) d
          UNION ALL
          SELECT NEW.office_id, NEW.assigned_division_id, d.deadline, d.due_on, 1
          FROM request_pending_deadlines(NEW.status, NEW.answer_due_at, NEW.consultation_due_at) d)
             AS c (office_id, division_id, deadline, due_on, n)
    GROUP BY 1, 2, 3, 4
    HAVING sum(n) <> 0;
    RETURN NULL;
END
$$;

CREATE FUNCTION request_tally_truncated() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM request_status_tally;
    DELETE FROM request_deadline_tally;
    RETURN NULL;
END
$$;

CREATE TRIGGER request_tally_inserted
    AFTER INSERT ON consultation_request REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION request_tally_inserted();
CREATE TRIGGER request_tally_deleted
    AFTER DELETE ON consultation_request REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION request_tally_deleted();
CREATE TRIGGER request_tally_updated
    AFTER UPDATE OF office_id, status, assigned_division_id, answer_due_at, consultation_due_at ON consultation_request
    FOR EACH ROW
    WHEN (OLD.office_id IS DISTINCT FROM NEW.office_id OR OLD.status IS DISTINCT FROM NEW.status
        OR OLD.assigned_division_id IS DISTINCT FROM NEW.assigned_division_id
        OR OLD.answer_due_at IS DISTINCT FROM NEW.answer_due_at
        OR OLD.consultation_due_at IS DISTINCT FROM NEW.consultation_due_at)
    EXECUTE FUNCTION request_tally_updated();
CREATE TRIGGER request_tally_truncated
    AFTER TRUNCATE ON consultation_request
    FOR EACH STATEMENT EXECUTE FUNCTION request_tally_truncated();

-- the requests already there
INSERT INTO request_status_tally (office_id, division_id, status, n)
SELECT office_id, assigned_division_id, status, count(*) FROM consultation_request GROUP BY 1, 2, 3;
INSERT INTO request_deadline_tally (office_id, division_id, deadline, due_on, n)
SELECT r.office_id, r.assigned_division_id, d.deadline, d.due_on, count(*)
FROM consultation_request r
         CROSS JOIN LATERAL request_pending_deadlines(r.status, r.answer_due_at, r.consultation_due_at) d
GROUP BY 1, 2, 3, 4;

-- Today's deadlines, counted exactly up to this moment: one range of each index (open requests only).
CREATE INDEX consultation_request_answer_pending_idx ON consultation_request (office_id, answer_due_at)
    INCLUDE (assigned_division_id)
    WHERE status IN ('SUBMITTED', 'RECEIVED', 'DISPOSED', 'ASSIGNED');
CREATE INDEX consultation_request_consultation_pending_idx ON consultation_request (office_id, consultation_due_at)
    INCLUDE (assigned_division_id)
    WHERE status IN ('SUBMITTED', 'RECEIVED', 'DISPOSED', 'ASSIGNED', 'SCHEDULED');
CREATE INDEX consultation_request_first_pending_idx ON consultation_request
    (office_id, (LEAST(CASE WHEN status IN ('SUBMITTED', 'RECEIVED', 'DISPOSED', 'ASSIGNED') THEN answer_due_at END,
                       consultation_due_at)))
    INCLUDE (assigned_division_id, status, answer_due_at, consultation_due_at) -- read without the table
    WHERE status IN ('SUBMITTED', 'RECEIVED', 'DISPOSED', 'ASSIGNED', 'SCHEDULED');

-- A worklist's pages in its order (urgent first, then the nearest answer-letter and consultation deadlines, the
-- oldest, the id), read from a position (keyset): of one status, or of all open requests; of the office or of a
-- division. Open requests only: closed ones are never listed here.
CREATE INDEX consultation_request_open_order_idx ON consultation_request
    (office_id, (NOT urgent), (COALESCE(answer_due_at, 'infinity')), (COALESCE(consultation_due_at, 'infinity')),
     submitted_at, id)
    WHERE status IN ('SUBMITTED', 'INCOMPLETE', 'RECEIVED', 'DISPOSED', 'ASSIGNED', 'SCHEDULED', 'HELD', 'REPORTED');
CREATE INDEX consultation_request_open_status_order_idx ON consultation_request
    (office_id, status, (NOT urgent), (COALESCE(answer_due_at, 'infinity')),
     (COALESCE(consultation_due_at, 'infinity')), submitted_at, id)
    WHERE status IN ('SUBMITTED', 'INCOMPLETE', 'RECEIVED', 'DISPOSED', 'ASSIGNED', 'SCHEDULED', 'HELD', 'REPORTED');
CREATE INDEX consultation_request_division_order_idx ON consultation_request
    (office_id, assigned_division_id, (NOT urgent), (COALESCE(answer_due_at, 'infinity')),
     (COALESCE(consultation_due_at, 'infinity')), submitted_at, id)
    WHERE assigned_division_id IS NOT NULL
      AND status IN ('SUBMITTED', 'INCOMPLETE', 'RECEIVED', 'DISPOSED', 'ASSIGNED', 'SCHEDULED', 'HELD', 'REPORTED');
CREATE INDEX consultation_request_division_status_order_idx ON consultation_request
    (office_id, assigned_division_id, status, (NOT urgent), (COALESCE(answer_due_at, 'infinity')),
     (COALESCE(consultation_due_at, 'infinity')), submitted_at, id)
    WHERE assigned_division_id IS NOT NULL
      AND status IN ('SUBMITTED', 'INCOMPLETE', 'RECEIVED', 'DISPOSED', 'ASSIGNED', 'SCHEDULED', 'HELD', 'REPORTED');

-- the urgent open requests ("urgent only"), few: listed and counted without walking the others
CREATE INDEX consultation_request_urgent_open_idx ON consultation_request (office_id, status)
    INCLUDE (assigned_division_id, channel)
    WHERE urgent
      AND status IN ('SUBMITTED', 'INCOMPLETE', 'RECEIVED', 'DISPOSED', 'ASSIGNED', 'SCHEDULED', 'HELD', 'REPORTED');

-- The search of a worklist (a receipt or agenda number, an applicant, an institution, a topic: any part of one)
-- through trigrams: a few thousand candidate rows instead of every row of the office. pg_trgm is part of
-- PostgreSQL (contrib) and a trusted extension: the owner of the database may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX consultation_request_search_idx ON consultation_request USING gin
    ((lower(receipt_number || E'\n' || COALESCE(agenda_number, '') || E'\n' || applicant_name || E'\n'
        || COALESCE(institution_name, '') || E'\n' || topic)) gin_trgm_ops);

-- replaced by the above: these (V32) held every request, closed ones too
DROP INDEX consultation_request_queue_idx;
DROP INDEX consultation_request_division_queue_idx;
DROP INDEX consultation_request_answer_due_idx;
DROP INDEX consultation_request_consultation_due_idx;
