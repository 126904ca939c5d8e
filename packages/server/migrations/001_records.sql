-- 001: documents, one row per record, the change log, the append-only audit log and case grants.
-- Never edit a migration that has shipped: add 002_....sql.

CREATE TABLE documents (
  kind        text        NOT NULL CHECK (kind IN ('case', 'board')),
  id          text        NOT NULL,
  team        text        NOT NULL,
  version     bigint      NOT NULL DEFAULT 0,
  -- The document's top-level fields other than its record lists (schema, case, team...).
  head        jsonb       NOT NULL,
  lists       text[]      NOT NULL,
  updated_by  text        NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, id)
);
CREATE INDEX documents_team ON documents (team);

-- One row per record (a person, a chronology entry, a blockage...).
CREATE TABLE records (
  kind            text        NOT NULL,
  doc_id          text        NOT NULL,
  list            text        NOT NULL,
  id              text        NOT NULL,
  version         integer     NOT NULL,
  ord             integer     NOT NULL,
  body            jsonb       NOT NULL,
  -- 'restricted' or 'third-party' when the record is confidential (copied from body.confidentiality).
  confidentiality text,
  updated_by      text        NOT NULL,
  updated_by_name text        NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, doc_id, list, id),
  FOREIGN KEY (kind, doc_id) REFERENCES documents (kind, id)
);
CREATE INDEX records_order ON records (kind, doc_id, list, ord);

-- Every applied change, in commit order: what clients read as record-level deltas ("changes since seq").
CREATE TABLE changes (
  seq                    bigserial   PRIMARY KEY,
  change_id              uuid        NOT NULL UNIQUE,
  kind                   text        NOT NULL,
  doc_id                 text        NOT NULL,
  doc_version            bigint      NOT NULL,
  entity                 text,
  list                   text,
  record_id              text,
  op                     text        NOT NULL CHECK (op IN ('create', 'update', 'delete', 'replace')),
  record_version         integer,
  body                   jsonb,
  -- Confidentiality of the record before and after the change, so a delta can be withheld or turned into a removal.
  confidentiality_before text,
  confidentiality_after  text,
  actor_sub              text        NOT NULL,
  actor_name             text        NOT NULL,
  at                     timestamptz NOT NULL DEFAULT now(),
  audit_event            jsonb
);
CREATE INDEX changes_doc ON changes (kind, doc_id, seq);

-- Append-only: who did what, written in the same transaction as every change, and every read of a confidential record.
CREATE TABLE audit (
  seq         bigserial   PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  action      text        NOT NULL CHECK (action IN ('change', 'import', 'read-confidential', 'imported-event')),
  actor_sub   text        NOT NULL,
  actor_name  text        NOT NULL,
  kind        text        NOT NULL,
  doc_id      text        NOT NULL,
  entity      text,
  record_id   text,
  op          text,
  before      jsonb,
  after       jsonb,
  change_id   uuid,
  -- What the page said (its `actor` and `at`): what the user was shown, not proof of identity.
  page_actor  text,
  page_at     text,
  detail      jsonb
);
CREATE INDEX audit_doc ON audit (kind, doc_id, seq);

CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only';
END $$;
CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();

-- People given a case outside its team (a partner agency's worker, a manager covering): by OpenID subject.
CREATE TABLE grants (
  kind       text        NOT NULL,
  doc_id     text        NOT NULL,
  subject    text        NOT NULL,
  granted_by text        NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, doc_id, subject)
);
