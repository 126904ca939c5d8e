import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

/**
 * The IndexedDB layout of `IdbCaseStore`, one object store per kind of thing:
 *
 * - `docs`: one header per document, keyed `"case:<id>"` or `"board:<id>"`:
 *   `{ key, kind, id, version, head, lists, nextOrder, auditSeq, updatedAt }`. `head` holds the document's top-level
 *   fields other than its record lists (`schema`, `case` or `id`/`team`, and any unknown fields, kept for round-trip).
 * - `records`: one per entity record, keyed `[docKey, listName, recordId]`: `{ doc, list, id, order, data }`.
 *   A change writes one of these, never the whole document.
 * - `audit`: the append-only audit trail, keyed `[docKey, seq]`: `{ doc, seq, event }`.
 * - `quarantine` (from version 2): records that could not be read, keyed `[docKey, recordKey, at]`. Kept, never deleted.
 * - `attachments` (from version 3): files kept for a case (photos, recordings), keyed by their id, with an index on
 *   `doc` so a purge removes a case's files in the same transaction as its records:
 *   `{ id, doc, mediaType, name?, documentId?, size, at, bytes: ArrayBuffer }`.
 *
 * Migrations run in order inside the upgrade transaction, from the stored version to the newest. A migration may
 * read and rewrite data, but must only await IndexedDB requests (any other await would end the transaction).
 * To change the layout, append a migration: never edit one that has shipped.
 */
export interface Migration {
  /** The database version this migration brings the database to (1, 2, 3... in order). */
  version: number;
  /** What it does, for people reading the code and the error messages. */
  description: string;
  run(db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>): void | Promise<void>;
}

export const STORE_DOCS = 'docs';
export const STORE_RECORDS = 'records';
export const STORE_AUDIT = 'audit';
export const STORE_QUARANTINE = 'quarantine';
export const STORE_ATTACHMENTS = 'attachments';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'Document headers, one record per entity, and the audit trail',
    run(db) {
      db.createObjectStore(STORE_DOCS, { keyPath: 'key' });
      db.createObjectStore(STORE_RECORDS, { keyPath: ['doc', 'list', 'id'] });
      db.createObjectStore(STORE_AUDIT, { keyPath: ['doc', 'seq'] });
    },
  },
  {
    version: 2,
    description: 'A quarantine for unreadable records, and a stable order for every record',
    async run(db, tx) {
      db.createObjectStore(STORE_QUARANTINE, { keyPath: ['doc', 'recordKey', 'at'] });
      // Version 1 kept records in key order; from version 2 each record has an `order` that keeps the host's list order.
      const next = new Map<string, number>();
      let cursor = await tx.objectStore(STORE_RECORDS).openCursor();
      while (cursor) {
        const value = cursor.value as { doc?: unknown; order?: unknown } | null;
        if (value && typeof value === 'object' && typeof value.order !== 'number') {
          const doc = String(value.doc);
          const order = next.get(doc) ?? 0;
          next.set(doc, order + 1);
          await cursor.update({ ...value, order });
        }
        cursor = await cursor.continue();
      }
      let headers = await tx.objectStore(STORE_DOCS).openCursor();
      while (headers) {
        const h = headers.value as { key?: unknown; nextOrder?: unknown } | null;
        if (h && typeof h === 'object' && typeof h.nextOrder !== 'number')
          await headers.update({ ...h, nextOrder: next.get(String(h.key)) ?? 0 });
        headers = await headers.continue();
      }
    },
  },
  {
    version: 3,
    description: 'Files kept for a case (attachments); documents stored before version 3 moved from the header to records',
    async run(db, tx) {
      db.createObjectStore(STORE_ATTACHMENTS, { keyPath: 'id' }).createIndex('doc', 'doc');
      // Before version 3 a case's `documents` was an unknown field, kept in its header. It is now a record list: each
      // document becomes a record (read and checked like any other at the next load); one without a usable id is
      // kept in quarantine. Nothing is dropped.
      const records = tx.objectStore(STORE_RECORDS);
      const quarantine = tx.objectStore(STORE_QUARANTINE);
      const at = new Date().toISOString();
      let headers = await tx.objectStore(STORE_DOCS).openCursor();
      while (headers) {
        const h = headers.value as Obj | null;
        if (isObj(h) && h.kind === 'case' && isObj(h.head) && Array.isArray(h.head.documents)) {
          const { documents, ...head } = h.head as Obj & { documents: unknown[] };
          let order = typeof h.nextOrder === 'number' ? h.nextOrder : 0;
          for (const [i, d] of documents.entries()) {
            const id = isObj(d) && typeof d.id === 'string' && d.id ? d.id : null;
            if (id && !(await records.count([h.key as string, 'documents', id])))
              await records.put({ doc: h.key, list: 'documents', id, order: order++, data: d });
            else {
              const message = id ? '"id" is used by an earlier Document record: ids must be unique' : '"id" is required';
              const issues = [{ entity: 'Document', id, path: 'id', message, location: `documents[${i}]` }];
              await quarantine.put({ doc: h.key, recordKey: `documents/#${i}`, at, raw: d, issues });
            }
          }
          const lists = Array.isArray(h.lists) ? (h.lists as unknown[]) : [];
          await headers.update({ ...h, head, nextOrder: order, lists: lists.includes('documents') ? lists : [...lists, 'documents'] });
        }
        headers = await headers.continue();
      }
    },
  },
];

/** The newest database version this code knows. */
export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Runs every migration above `oldVersion`, up to `newVersion`, in order. */
export async function runMigrations(
  migrations: readonly Migration[],
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version > oldVersion && m.version <= newVersion) await m.run(db, tx);
  }
}
