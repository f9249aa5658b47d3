-- A consultation recorded as held ends its appointment: status HELD (at or after the planned time) or
-- HELD_EARLY (before it: the applicant's calendar event is cancelled). Like CANCELLED and NO_SHOW, neither
-- is ACTIVE, so the exclusion constraints of V40 no longer book the officers and the room.
-- When the consultation actually took place, for the applicant's page and mail:
ALTER TABLE appointment
    ADD COLUMN held_start TIMESTAMP WITH TIME ZONE,
    ADD COLUMN held_end   TIMESTAMP WITH TIME ZONE,
    ADD CHECK (held_start IS NULL OR held_end IS NULL OR held_start < held_end);
