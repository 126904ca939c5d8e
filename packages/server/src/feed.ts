import pg from 'pg';
import { auditConfidentialReads, type Kind } from './access.js';
import { CHANNEL } from './apply.js';
import type { User } from './auth.js';
import type { Pool } from './db.js';
import { deltaFor, type ChangeRow } from './read.js';

export interface Subscriber {
  user: User;
  kind: Kind;
  id: string;
  /** The last sequence number this subscriber has been sent (or skipped). */
  seq: number;
  send: (event: string, id: number | undefined, data: unknown) => void;
}

/**
 * The live feed. Each server process holds one connection that LISTENs on the change channel; every commit (on
 * any process sharing the database) NOTIFYs "kind, id, seq". The feed then reads the document's new changes once and
 * sends each subscriber the deltas it may see. After losing the database (a restart), it reconnects and catches
 * every subscriber up from its last sequence number, so a notification missed while away loses nothing.
 */
export class Feed {
  private readonly subs = new Map<string, Set<Subscriber>>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly dirty = new Set<string>();
  private client: pg.Client | undefined;
  private closed = false;
  private retry = 100;

  constructor(
    private readonly pool: Pool,
    private readonly connectionString: string,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('error', () => undefined);
    client.on('end', () => {
      if (this.client === client) this.client = undefined;
      if (!this.closed) setTimeout(() => void this.reconnect(), this.retry);
    });
    client.on('notification', (n) => {
      const [kind, id] = (n.payload ?? '').split('\t');
      if (kind && id) this.poke(`${kind}\t${id}`);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
    this.retry = 100;
  }

  private async reconnect(): Promise<void> {
    try {
      await this.connect();
      for (const key of this.subs.keys()) this.poke(key);
    } catch {
      this.retry = Math.min(this.retry * 2, 2000);
      if (!this.closed) setTimeout(() => void this.reconnect(), this.retry);
    }
  }

  add(sub: Subscriber): () => void {
    const key = `${sub.kind}\t${sub.id}`;
    let set = this.subs.get(key);
    if (!set) this.subs.set(key, (set = new Set()));
    set.add(sub);
    this.poke(key);
    return () => {
      set.delete(sub);
      if (!set.size) this.subs.delete(key);
    };
  }

  /** Delivers a document's new changes; pokes that arrive while delivering run once more afterwards. */
  private poke(key: string): void {
    if (this.running.has(key)) {
      this.dirty.add(key);
      return;
    }
    const run = this.deliver(key)
      .catch(() => {
        // The database is away: the reconnect pokes again.
      })
      .finally(() => {
        this.running.delete(key);
        if (this.dirty.delete(key)) this.poke(key);
      });
    this.running.set(key, run);
  }

  private async deliver(key: string): Promise<void> {
    const set = this.subs.get(key);
    if (!set?.size) return;
    const [kind, id] = key.split('\t') as [Kind, string];
    const from = Math.min(...[...set].map((s) => s.seq));
    const r = await this.pool.query<ChangeRow>(
      'SELECT * FROM changes WHERE kind = $1 AND doc_id = $2 AND seq > $3 ORDER BY seq LIMIT 5000',
      [kind, id, from],
    );
    for (const sub of set) {
      const confidential: { list: string; id: string; confidentiality: string }[] = [];
      for (const row of r.rows) {
        const seq = Number(row.seq);
        if (seq <= sub.seq) continue;
        const d = deltaFor(row, sub.user);
        sub.seq = seq;
        if (!d) continue;
        sub.send('change', seq, d.delta);
        if (d.confidential) confidential.push({ list: d.delta.list!, id: d.delta.id!, confidentiality: d.confidential });
      }
      await auditConfidentialReads(this.pool, sub.user, kind, id, confidential, 'live feed');
    }
    if (r.rows.length === 5000) this.dirty.add(key);
  }

  async close(): Promise<void> {
    this.closed = true;
    const c = this.client;
    this.client = undefined;
    await c?.end().catch(() => undefined);
    this.subs.clear();
  }
}
