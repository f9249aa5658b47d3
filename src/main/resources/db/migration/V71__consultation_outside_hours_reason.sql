-- A consultation recorded as held outside the office's working hours (or on a day off) says why.
ALTER TABLE consultation_record ADD COLUMN outside_hours_reason VARCHAR(2000);
