-- 002: files kept for a case (photos, recordings, documents' bytes), one row each, with the case's access rules.
-- Never edit a migration that has shipped: add 003_....sql.

CREATE TABLE attachments (
  id          text        PRIMARY KEY,
  kind        text        NOT NULL DEFAULT 'case' CHECK (kind = 'case'),
  doc_id      text        NOT NULL,
  media_type  text        NOT NULL,
  -- The file name it came with: text only, never a path.
  name        text,
  -- The document record it is the content of, when the client said so.
  document_id text,
  size        integer     NOT NULL CHECK (size >= 0),
  bytes       bytea       NOT NULL,
  created_by  text        NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (kind, doc_id) REFERENCES documents (kind, id)
);
CREATE INDEX attachments_doc ON attachments (kind, doc_id);

-- Keeping and deleting a file are audited too.
ALTER TABLE audit DROP CONSTRAINT audit_action_check;
ALTER TABLE audit ADD CONSTRAINT audit_action_check
  CHECK (action IN ('change', 'import', 'read-confidential', 'imported-event', 'attachment'));
