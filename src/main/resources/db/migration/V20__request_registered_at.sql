-- The moment a request entered the agenda book (its agenda number was given): the agenda book is listed
-- by this moment. Walk-ins and letters are registered when they arrive; online requests when the
-- secretariat registers them.
ALTER TABLE consultation_request
    ADD COLUMN registered_at TIMESTAMP WITH TIME ZONE;

UPDATE consultation_request r
SET registered_at = COALESCE(
        (SELECT min(h.at) FROM request_history h
         WHERE h.request_id = r.id AND h.to_status = 'RECEIVED' AND h.from_status = 'SUBMITTED'),
        r.submitted_at)
WHERE r.agenda_number IS NOT NULL;

CREATE INDEX consultation_request_agenda_book_idx ON consultation_request (office_id, registered_at)
    WHERE agenda_number IS NOT NULL;
