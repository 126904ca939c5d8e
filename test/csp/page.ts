// Renders every component with the sample case and with hostile data, under the strict policy the page is served
// with, and records every policy violation and any sign that injected script ran.
import '@opencasework/core/define';
import '@opencasework/chronology/define';
import '@opencasework/genogram/define';
import '@opencasework/family-network/define';
import '@opencasework/safety-plan/define';
import '@opencasework/blockage-board/define';
import '@opencasework/documents/define';
import '@opencasework/recording/define';
import { renderDocumentFiles } from './documents-files.js';
import { useQuickNote, type QuickNoteResult } from './quick-note.js';
import { sampleCase, sampleBoard, hostileBundle, hostileBoard } from '@opencasework/core/sample';

declare global {
  interface Window {
    __cspResult?: CspResult;
    __pwned?: string[];
    __cspLive?: CspLive;
  }
}
/** What happens after the snapshot (the test clicks every export): every violation, file, print and copy so far. */
export interface CspLive {
  violations: string[];
  downloads: { name: string; type: string; size: number; head: number[] }[];
  prints: number;
  copies: number;
}
export interface CspResult {
  violations: string[];
  pwned: string[];
  rendered: string[];
  trustedTypes: boolean;
  errors: string[];
  /** <cw-quick-note> used and saved into a store under the policy. */
  quickNote?: QuickNoteResult;
}

const violations: string[] = [];
const errors: string[] = [];
window.__pwned = [];
document.addEventListener('securitypolicyviolation', (e) => {
  // Name where it happened (the element, or the script file and line) so a failure says what to fix.
  const t = e.target as Element | null;
  let where = t && 'localName' in t ? t.localName : '';
  let host = t && 'getRootNode' in t ? (t.getRootNode() as ShadowRoot).host : undefined;
  while (host) {
    where = `${host.localName} > ${where}`;
    host = (host.getRootNode() as ShadowRoot).host;
  }
  violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample} at ${where || `${e.sourceFile}:${e.lineNumber}`}`);
});
window.addEventListener('error', (e) => errors.push(String(e.message)));

// Files are intercepted where they would be saved: the blob behind each object URL, and the click on the hidden
// download link (cancelled, so no file lands on disk). Printing and the clipboard are counted, not performed.
const live: CspLive = { violations, downloads: [], prints: 0, copies: 0 };
window.__cspLive = live;
const blobs = new Map<string, Blob>();
const createObjectURL = URL.createObjectURL.bind(URL);
URL.createObjectURL = (obj: Blob | MediaSource) => {
  const url = createObjectURL(obj);
  if (obj instanceof Blob) blobs.set(url, obj);
  return url;
};
document.addEventListener(
  'click',
  (e) => {
    const a = e.composedPath()[0];
    if (!(a instanceof HTMLAnchorElement) || !a.hasAttribute('download')) return;
    e.preventDefault();
    const blob = blobs.get(a.href);
    const entry = { name: a.download, type: blob?.type ?? '', size: blob?.size ?? 0, head: [] as number[] };
    live.downloads.push(entry);
    void blob
      ?.slice(0, 8)
      .arrayBuffer()
      .then((b) => entry.head.push(...new Uint8Array(b)));
  },
  true,
);
window.print = () => {
  live.prints++;
};
Object.defineProperty(navigator, 'clipboard', {
  configurable: true,
  value: {
    writeText: (text: string) => {
      if (text.length) live.copies++;
      return Promise.resolve();
    },
  },
});
// If any hostile string were executed, it would call alert().
window.alert = (msg?: unknown) => {
  window.__pwned!.push(String(msg));
};

const CASE_TAGS = ['cw-chronology', 'cw-genogram', 'cw-family-network', 'cw-safety-plan', 'cw-documents', 'cw-quick-note'] as const;
const root = document.getElementById('root')!;
const rendered: string[] = [];

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function renderAll(label: string, bundle: unknown, board: unknown) {
  for (const tag of CASE_TAGS) {
    const el = document.createElement(tag) as HTMLElement & { bundle: unknown; updateComplete?: Promise<unknown> };
    el.bundle = bundle;
    el.dataset.case = label;
    root.append(el);
    await el.updateComplete;
    rendered.push(`${tag}:${label}`);
  }
  const boardEl = document.createElement('cw-blockage-board') as HTMLElement & { board: unknown; updateComplete?: Promise<unknown> };
  boardEl.board = board;
  boardEl.dataset.case = label;
  root.append(boardEl);
  await boardEl.updateComplete;
  rendered.push(`cw-blockage-board:${label}`);
  // A provider with everything inside it too.
  const provider = document.createElement('cw-case') as HTMLElement & { bundle: unknown; updateComplete?: Promise<unknown> };
  provider.bundle = bundle;
  provider.dataset.case = `${label}-provider`;
  for (const tag of CASE_TAGS) provider.append(document.createElement(tag));
  root.append(provider);
  await provider.updateComplete;
  rendered.push(`cw-case:${label}`);
  await frame();
}

async function run() {
  let quickNote: QuickNoteResult | undefined;
  try {
    await renderAll('sample', sampleCase, sampleBoard);
    await renderAll('hostile', hostileBundle(), hostileBoard());
    await renderAll('huge', hostileBundle({ huge: true }), hostileBoard({ huge: true }));
    await renderDocumentFiles(root);
    rendered.push('cw-documents:files');
    quickNote = await useQuickNote(root);
    rendered.push('cw-quick-note:saved');
    await new Promise((r) => setTimeout(r, 300)); // give any injected handler (onerror, onload) a chance to fire
  } catch (err) {
    errors.push(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  }
  // A snapshot: later activity in the page (such as the test's own injection attempt) does not change it.
  window.__cspResult = {
    violations: [...violations],
    pwned: [...window.__pwned!],
    rendered,
    trustedTypes: 'trustedTypes' in window,
    errors: [...errors],
    quickNote,
  };
}

void run();
