// Benchmark for <cw-blockage-board> and its pure modules. No peer library draws a blockage board, so the "peer" for
// rendering is a hand-written plain-DOM render of the same cards with the same facts (a floor, not a competitor);
// the pure modules have no peer and report ours only.
import '@opencasework/blockage-board/define';
import type { Blockage, TeamBoard } from '@opencasework/core';
import { makeRng } from '@opencasework/core/sample';
import { measureBoard, findSimilar, findSensitiveText, blockagesToCsv } from '@opencasework/blockage-board';
import { renderedSince } from '../support/render.js';
import { median, medianTime } from '../support/stats.js';

declare global {
  interface Window {
    __benchResult?: unknown;
  }
}

const STATUSES = ['raised', 'discussed', 'acting', 'resolved', 'escalated'] as const;
const CATEGORIES = ['recording', 'it-system', 'process', 'policy', 'partner-agency', 'resources', 'other'] as const;
const SUBJECTS = [
  'Mosaic',
  'The printer',
  'Pool car booking',
  'Interpreter booking',
  'Core group minutes',
  'Health reports',
  'Police notices',
  'Laptop logins',
  'Section 17 payments',
  'Supervision notes',
];
const PROBLEMS = [
  'crashes when saving',
  'needs three signatures',
  'arrives too late',
  'takes forty minutes',
  'cannot be searched',
  'only works in the office',
  'is duplicated in two forms',
  'goes to a shared inbox',
];
const NOW = Date.parse('2025-06-02T09:00:00Z');
const DAY = 86_400_000;

function makeBoard(n: number, seed = 7): TeamBoard {
  const rng = makeRng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng.next() * xs.length)]!;
  const blockages: Blockage[] = Array.from({ length: n }, (_, i) => {
    const status = pick(STATUSES);
    const raised = NOW - Math.floor(rng.next() * 400) * DAY;
    const b: Blockage = {
      id: `b${i}`,
      title: `${pick(SUBJECTS)} ${pick(PROBLEMS)} (${i})`,
      raisedAt: new Date(raised).toISOString(),
      category: pick(CATEGORIES),
      status,
      actions: [],
      metToo: Math.floor(rng.next() * 6),
    };
    if (rng.next() < 0.8) b.hoursLostPerWeek = Math.round(rng.next() * 8) / 2;
    if (rng.next() < 0.5) b.owner = pick(['Team manager', 'Practice lead', 'Digital services', 'Head of Service']);
    if (status === 'resolved') b.resolvedAt = new Date(raised + Math.floor(rng.next() * 90 + 1) * DAY).toISOString();
    return b;
  });
  return { schema: 'opencasework/team-board@1', id: 'bench', team: 'Bench team', blockages, debriefs: [], audit: [] };
}

const stage = document.getElementById('stage')!;
const RUNS = 5;

async function renderOurs(board: TeamBoard): Promise<number> {
  const el = document.createElement('cw-blockage-board');
  el.now = NOW;
  el.editable = true;
  el.actor = 'bench';
  const t0 = performance.now();
  el.board = board;
  const t = await renderedSince(t0, el, stage);
  const cards = el.shadowRoot!.querySelectorAll('article.card').length;
  if (cards !== board.blockages!.length) throw new Error(`rendered ${cards} of ${board.blockages!.length} cards`);
  el.remove();
  return t;
}

function renderPeer(board: TeamBoard): number {
  const t0 = performance.now();
  const root = document.createElement('div');
  root.style.display = 'grid';
  root.style.gridTemplateColumns = 'repeat(5, 1fr)';
  for (const s of STATUSES) {
    const col = document.createElement('section');
    const h = document.createElement('h3');
    h.textContent = s;
    const ul = document.createElement('ul');
    for (const b of board.blockages!) {
      if (b.status !== s) continue;
      const li = document.createElement('li');
      const title = document.createElement('h4');
      title.textContent = b.title;
      const facts = document.createElement('p');
      facts.textContent = `${b.category} · ${Math.round((NOW - Date.parse(b.raisedAt)) / DAY)} days · ${b.hoursLostPerWeek ?? '-'} h/wk · ${b.metToo ?? 0} others · ${b.owner ?? 'nobody'}`;
      li.append(title, facts);
      ul.append(li);
    }
    col.append(h, ul);
    root.append(col);
  }
  stage.append(root);
  void root.offsetHeight;
  const t = performance.now() - t0;
  root.remove();
  return t;
}

async function moveOne(board: TeamBoard): Promise<number> {
  const el = document.createElement('cw-blockage-board');
  el.now = NOW;
  el.editable = true;
  el.actor = 'bench';
  el.board = board;
  stage.append(el);
  await el.updateComplete;
  const card = el.shadowRoot!.querySelector<HTMLElement>('article.card[data-status="raised"]')!;
  const id = card.dataset.id!;
  card.focus();
  const t0 = performance.now();
  card.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true, composed: true, cancelable: true }));
  // The move commits asynchronously and then refocuses the card in its new column.
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 0));
    const moved = el.shadowRoot!.querySelector<HTMLElement>(`article.card[data-id="${id}"]`);
    if (moved?.dataset.status === 'discussed') break;
  }
  void (el as HTMLElement).offsetHeight;
  const t = performance.now() - t0;
  el.remove();
  return t;
}

const time = (fn: () => unknown, runs = RUNS): number => medianTime(fn, runs);

async function main() {
  const rows: {
    label: string;
    ours: number | null;
    peer: number | null;
    unit: string;
    note?: string;
    target?: { name: string; max: number };
  }[] = [];
  for (const n of [100, 500, 1000]) {
    const board = makeBoard(n);
    await renderOurs(board);
    renderPeer(board); // warm up
    const ours: number[] = [];
    const peer: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(await renderOurs(board));
      peer.push(renderPeer(board));
    }
    rows.push({
      label: `first render, ${n} cards (editable)`,
      ours: median(ours),
      peer: median(peer),
      unit: 'ms',
      note: `median of ${RUNS}; peer = plain DOM, no controls`,
    });
  }
  const b500 = makeBoard(500);
  const moves: number[] = [];
  for (let i = 0; i < RUNS; i++) moves.push(await moveOne(b500));
  rows.push({
    label: 'Alt+Right move to re-render, 500 cards',
    ours: median(moves),
    peer: null,
    unit: 'ms',
    note: 'commit + render + refocus',
  });

  const big = makeBoard(10_000).blockages!;
  rows.push({
    label: 'measureBoard, 10,000 blockages',
    ours: time(() => measureBoard(big, NOW)),
    peer: null,
    unit: 'ms',
    note: `median of ${RUNS}`,
  });
  const b1000 = makeBoard(1000).blockages!;
  rows.push({
    label: 'findSimilar (one keystroke), 1,000 titles',
    ours: time(() => findSimilar('mosaic keeps crashing when saving', b1000), 20),
    peer: null,
    unit: 'ms',
    note: 'median of 20',
    target: { name: 'one keystroke in an editor: blockage board, similar titles among 1,000', max: 8 },
  });
  const names = Array.from({ length: 500 }, (_, i) => `Person${i} Surname${i}`);
  const text =
    'Visit notes for the family could not be saved because Mosaic crashed twice; case no. 48213; DOB 14/03/2019; 943 476 5919. '.repeat(2);
  rows.push({
    label: 'findSensitiveText, 500 known names, 250 chars',
    ours: time(() => findSensitiveText(text, { knownNames: names }), 20),
    peer: null,
    unit: 'ms',
    note: 'median of 20',
  });
  rows.push({
    label: 'blockagesToCsv, 10,000 blockages',
    ours: time(() => blockagesToCsv(big, NOW)),
    peer: null,
    unit: 'ms',
    note: `median of ${RUNS}`,
  });

  window.__benchResult = {
    title: 'Blockage board',
    rows,
    notes: [
      'No installed peer library draws a blockage board; the render peer is a hand-written plain-DOM list of the same cards and facts, without controls, as a floor.',
      'Same generated data on both sides (seeded PRNG). Times in headless Chromium; first render includes parsing the board with zod.',
    ],
  };
}

main().catch((err) => {
  console.error(err);
  window.__benchResult = { title: 'Blockage board (failed)', rows: [], notes: [String(err)] };
});
