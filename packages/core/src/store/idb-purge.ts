import { STORE_ATTACHMENTS, STORE_AUDIT, STORE_DOCS, STORE_QUARANTINE, STORE_RECORDS } from './migrations.js';
import { abandon, docRange, quiet, type AnyDb } from './idb-records.js';

/**
 * Deletes everything stored for one document in one transaction: its header, its records, its audit trail (where an
 * edited and deleted entry's text would otherwise stay, in the event's `before` and `after`), its quarantine and its
 * files (photos, recordings: data about children). All or nothing: a failure leaves the document as it was.
 */
export async function purgeDocument(db: AnyDb, key: string): Promise<void> {
  const names = [STORE_DOCS, STORE_RECORDS, STORE_AUDIT, STORE_QUARANTINE, STORE_ATTACHMENTS].filter((n) =>
    db.objectStoreNames.contains(n),
  );
  const tx = db.transaction(names, 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    for (const n of names) {
      if (n === STORE_ATTACHMENTS) continue;
      writes.push(n === STORE_DOCS ? tx.objectStore(n).delete(key) : tx.objectStore(n).delete(docRange(key)));
    }
    writes.forEach(quiet);
    if (names.includes(STORE_ATTACHMENTS)) {
      const files = tx.objectStore(STORE_ATTACHMENTS);
      let cursor = await files.index('doc').openKeyCursor(IDBKeyRange.only(key));
      while (cursor) {
        const w = files.delete(cursor.primaryKey);
        quiet(w);
        writes.push(w);
        cursor = await cursor.continue();
      }
    }
    await tx.done;
  } catch (err) {
    abandon(tx, writes);
    throw err;
  }
}
