-- The language the applicant wrote in: their mails, cover notes and messages follow it (issue 15, item 5).
-- Every request so far was answered in Indonesian.
alter table consultation_request add column applicant_language varchar(2) not null default 'id'
    check (applicant_language in ('id', 'en'));
