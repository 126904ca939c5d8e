import { STORE_AUDIT, STORE_DOCS, STORE_QUARANTINE, STORE_RECORDS } from './migrations.js';
import { docRange, quiet, type AnyDb } from './idb-records.js';

/**
 * Deletes everything stored for one document in one transaction: its header, its records, its audit trail (where an
 * edited and deleted entry's text would otherwise stay, in the event's `before` and `after`) and its quarantine.
 * All or nothing: a failure leaves the document as it was.
 */
export async function purgeDocument(db: AnyDb, key: string): Promise<void> {
  const names = [STORE_DOCS, STORE_RECORDS, STORE_AUDIT, STORE_QUARANTINE].filter((n) => db.objectStoreNames.contains(n));
  const tx = db.transaction(names, 'readwrite');
  const writes = names.map((n) => (n === STORE_DOCS ? tx.objectStore(n).delete(key) : tx.objectStore(n).delete(docRange(key))));
  writes.forEach(quiet);
  await tx.done;
}
