-- The language the complainant wrote in: the complaint's mails follow it (issue 15, item 5). Every complaint so far
-- was answered in Indonesian.
alter table complaint add column language varchar(2) not null default 'id' check (language in ('id', 'en'));
