-- A certificate's signed credential is kept deflated against a preset dictionary (ADR 0058): about
-- a sixth of the text, so a million-learner award writes and caches a sixth of the bytes. Rows
-- written before keep their text in credential; a row has one or the other.
alter table certificate add column credential_packed bytea;
alter table certificate alter column credential drop not null;
