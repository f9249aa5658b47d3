-- What the head's dashboard and the division head's inbox sort and filter by (RequestWorklist).

-- the queue of one status (waiting for the head, waiting for the division head): urgent first, then the
-- nearest deadlines, then the oldest; read in index order, so a page costs the same with 100 000 rows
CREATE INDEX consultation_request_queue_idx ON consultation_request
    (office_id, status, urgent DESC, answer_due_at, consultation_due_at, submitted_at, id);
CREATE INDEX consultation_request_division_queue_idx ON consultation_request
    (office_id, assigned_division_id, status, urgent DESC, answer_due_at, consultation_due_at, submitted_at, id)
    WHERE assigned_division_id IS NOT NULL;

-- what is late across the office
CREATE INDEX consultation_request_answer_due_idx ON consultation_request (office_id, status, answer_due_at)
    WHERE answer_due_at IS NOT NULL;
CREATE INDEX consultation_request_consultation_due_idx ON consultation_request (office_id, status, consultation_due_at)
    WHERE consultation_due_at IS NOT NULL;
