import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The note being written, kept in this browser's IndexedDB as it is written (a reload, a crash or a flat battery
 * loses at most the last second), with its photos and clips. Deleted, files and all, once the note is saved or
 * discarded, as council guidance on recordings asks. Nothing here is sent anywhere.
 */
export interface DraftFile {
  id: string;
  /** The draft it belongs to. */
  draftKey: string;
  blob: Blob;
  thumbnail?: Blob;
}

export interface StoredDraft<V = unknown> {
  key: string;
  /** When it was last written (an instant). */
  updatedAt: string;
  values: V;
}

/**
 * A file as kept: bytes as ArrayBuffers, which every engine stores alike (WebKit refuses Blobs in IndexedDB in some
 * sessions: "Error preparing Blob/File data to be stored in object store").
 */
interface KeptFile {
  id: string;
  draftKey: string;
  bytes: ArrayBuffer;
  type: string;
  thumbBytes?: ArrayBuffer;
  thumbType?: string;
}

interface DraftDb extends DBSchema {
  drafts: { key: string; value: StoredDraft };
  files: { key: string; value: KeptFile; indexes: { byDraft: string } };
}

/** The database's name: one per origin, apart from the case stores'. */
export const DRAFT_DB = 'opencasework-drafts';

export class DraftStore {
  #db: Promise<IDBPDatabase<DraftDb>> | undefined;

  constructor(readonly dbName: string = DRAFT_DB) {}

  #open(): Promise<IDBPDatabase<DraftDb>> {
    this.#db ??= openDB<DraftDb>(this.dbName, 1, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'key' });
        db.createObjectStore('files', { keyPath: 'id' }).createIndex('byDraft', 'draftKey');
      },
      // Another tab deletes the database (sign-out clean-up): let it, and open again next time.
      blocking: () => this.close(),
    });
    return this.#db;
  }

  async load<V>(key: string): Promise<StoredDraft<V> | undefined> {
    return (await (await this.#open()).get('drafts', key)) as StoredDraft<V> | undefined;
  }

  async save<V>(key: string, values: V): Promise<void> {
    await (await this.#open()).put('drafts', { key, values, updatedAt: new Date().toISOString() });
  }

  async putFile(file: DraftFile): Promise<void> {
    // Read the bytes before the transaction: an await on anything but IndexedDB would let it close.
    const kept: KeptFile = { id: file.id, draftKey: file.draftKey, bytes: await file.blob.arrayBuffer(), type: file.blob.type };
    if (file.thumbnail) {
      kept.thumbBytes = await file.thumbnail.arrayBuffer();
      kept.thumbType = file.thumbnail.type;
    }
    await (await this.#open()).put('files', kept);
  }

  async getFile(id: string): Promise<DraftFile | undefined> {
    const k = await (await this.#open()).get('files', id);
    if (!k) return undefined;
    const file: DraftFile = { id: k.id, draftKey: k.draftKey, blob: new Blob([k.bytes], { type: k.type }) };
    if (k.thumbBytes) file.thumbnail = new Blob([k.thumbBytes], { type: k.thumbType ?? '' });
    return file;
  }

  async deleteFile(id: string): Promise<void> {
    await (await this.#open()).delete('files', id);
  }

  /** The ids of the files kept with a draft. */
  async fileIds(key: string): Promise<string[]> {
    return (await (await this.#open()).getAllKeysFromIndex('files', 'byDraft', key)).map(String);
  }

  /** Deletes the draft and every file kept with it, in one transaction. */
  async discard(key: string): Promise<void> {
    const db = await this.#open();
    const tx = db.transaction(['drafts', 'files'], 'readwrite');
    const files = tx.objectStore('files');
    const ids = await files.index('byDraft').getAllKeys(key);
    await Promise.all([tx.objectStore('drafts').delete(key), ...ids.map((id) => files.delete(id)), tx.done]);
  }

  close(): void {
    const db = this.#db;
    this.#db = undefined;
    void db?.then((d) => d.close()).catch(() => undefined);
  }
}

/**
 * Writes a draft at most `delay` ms after the last change (500 ms by default, never more than 1 s), and at once when the page
 * is hidden or closed. `flush()` writes what is pending now.
 */
export class DraftSaver<V> {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: { key: string; values: V } | undefined;
  #writing: Promise<void> = Promise.resolve();

  constructor(
    readonly store: DraftStore,
    readonly delay = 500,
    readonly onError: (e: unknown) => void = () => undefined,
    /** After each write. */
    readonly onSaved: () => void = () => undefined,
  ) {}

  schedule(key: string, values: V): void {
    this.#pending = { key, values };
    // Debounced from the first change, not the last: typing without a pause still reaches the disk every `delay`.
    this.#timer ??= setTimeout(() => void this.flush(), Math.min(this.delay, 1000));
  }

  get pending(): boolean {
    return !!this.#pending;
  }

  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const p = this.#pending;
    this.#pending = undefined;
    if (p)
      this.#writing = this.#writing
        .then(() => this.store.save(p.key, p.values))
        .then(this.onSaved)
        .catch(this.onError);
    return this.#writing;
  }

  /** Drops what is pending (the draft is being discarded or was saved). */
  cancel(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    return this.#writing;
  }
}
