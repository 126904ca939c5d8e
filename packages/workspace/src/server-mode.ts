import type { CaseStore, DocRef } from '@opencasework/core';

/**
 * The workspace against @opencasework/server's development mode instead of this browser's IndexedDB:
 * `?server=<API root>&user=<demo user>`, e.g. `?server=http://127.0.0.1:8787/api/v1&user=sam` (`npm run server`
 * serves Sam and Jo side by side at http://127.0.0.1:8788/). Without `?server=`, the workspace is what `npm start`
 * always was: the sample case in IndexedDB, nothing sent anywhere.
 *
 * Only a loopback API is accepted: demo users are a development feature the server itself refuses anywhere else, and
 * a link must not point a workspace at someone else's server. A council's host passes an OpenID Connect token to
 * `HttpCaseStore` instead (docs/server.md).
 */
export interface ServerMode {
  /** The API root, e.g. http://127.0.0.1:8787/api/v1. */
  api: string;
  /** The demo user's id (`dev:<user>` is the bearer token). */
  user: string;
  /** The demo user's name, recorded as the actor (the server records the name it verified). */
  name: string;
  /** The team board's id on the server. */
  board: string;
}

/** The demo users of the development server (packages/server/src/auth.ts). */
export const DEMO_USERS: Record<string, string> = {
  sam: 'Sam Patel',
  jo: 'Jo Evans',
  alex: 'Alex Morgan',
  priya: 'Priya Shah',
  chris: 'Chris Lee',
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The server mode an address asks for, or null (the embedded default). An unknown user or a non-loopback API is refused. */
export function serverModeOf(search: string): ServerMode | null {
  const q = new URLSearchParams(search);
  const api = q.get('server');
  if (!api) return null;
  let url: URL;
  try {
    url = new URL(api);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || !LOOPBACK.has(url.hostname)) return null;
  const user = q.get('user') ?? 'sam';
  const name = DEMO_USERS[user];
  if (!name) return null;
  return { api: url.toString().replace(/\/$/, ''), user, name, board: q.get('board') ?? 'north' };
}

export interface ServerCallbacks {
  /** Changes waiting to be sent (kept on this device) for a document; 0: everything is on the server. */
  onPending(ref: DocRef, count: number): void;
  /** A colleague's change, in words naming them ("Jo Evans changed this safety plan"). */
  onNews(text: string): void;
}

/** Opens the case and board on the server through HttpCaseStore (loaded only in this mode). */
export async function openServerStore(
  mode: ServerMode,
  caseRef: DocRef,
  lang: string,
  on: ServerCallbacks,
): Promise<CaseStore & { pending(ref?: DocRef): Promise<unknown[]> }> {
  const { HttpCaseStore, remoteChangeMessage } = await import('@opencasework/store-http');
  const language = lang === 'cy' ? 'cy' : 'en';
  const store = new HttpCaseStore({
    baseUrl: mode.api,
    token: () => `dev:${mode.user}`,
    // Each demo user's outbox and offline copy apart, so two users can share one browser profile.
    dbName: `opencasework-workspace-${mode.user}`,
    lang: language,
    onPending: (ref, count) => on.onPending(ref, count),
  });
  store.subscribe(caseRef, (e) => {
    if (e.type === 'change' && e.remote) on.onNews(remoteChangeMessage(e.change, language));
  });
  return store;
}
