-- A request's appointments, newest first: the tracking page, the request page and the letters ask for a request's
-- latest appointment. Without this index PostgreSQL read the appointments newest first until it met the request's
-- (a whole table's worth for an old request: 40 ms and more with a million requests).
CREATE INDEX appointment_request_idx ON appointment (request_id, created_at DESC);
