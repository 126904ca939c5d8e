// Smoke benchmark: proves bench/run.mjs works end to end (TypeScript, legacy decorators, @opencasework/* from src).
// It times rendering <cw-error-summary> with N issues against building the same list with plain DOM calls.
import '@opencasework/core/define';
import type { DataIssue } from '@opencasework/core';
import { median } from '../support/stats.js';

declare global {
  interface Window {
    __benchResult?: unknown;
  }
}

const N = 200;
const issues: DataIssue[] = Array.from({ length: N }, (_, i): DataIssue => ({
  entity: 'Person',
  id: `p${i}`,
  path: 'name',
  message: `Name is missing (${i})`,
  location: `people[${i}]`,
}));

async function timeOurs(): Promise<number> {
  const el = document.createElement('cw-error-summary');
  const t0 = performance.now();
  el.issues = issues;
  document.body.append(el);
  await el.updateComplete;
  const t = performance.now() - t0;
  if (!el.shadowRoot?.querySelector('li')) throw new Error('cw-error-summary rendered no list items');
  el.remove();
  return t;
}

function timePeer(): number {
  const t0 = performance.now();
  const ul = document.createElement('ul');
  for (const i of issues.slice(0, 10)) {
    const li = document.createElement('li');
    li.textContent = `${i.entity} ${i.id}: ${i.message}`;
    ul.append(li);
  }
  document.body.append(ul);
  void ul.offsetHeight;
  const t = performance.now() - t0;
  ul.remove();
  return t;
}

const ours: number[] = [];
const peer: number[] = [];
for (let r = 0; r < 5; r++) {
  ours.push(await timeOurs());
  peer.push(timePeer());
}
window.__benchResult = {
  title: 'Smoke: runner check (not a real benchmark)',
  rows: [
    {
      label: `error summary, ${N} issues (first 10 shown)`,
      ours: median(ours),
      peer: median(peer),
      unit: 'ms',
      note: 'peer = plain DOM list of 10',
    },
    { label: 'custom element defined', ours: customElements.get('cw-error-summary') ? 1 : 0, peer: 1, unit: 'bool' },
    // Lit's development build records its warnings here; the runner must load the production build.
    { label: 'Lit production build', ours: 'litIssuedWarnings' in globalThis ? 0 : 1, peer: 1, unit: 'bool' },
  ],
  notes: ['median of 5 runs', 'exists only to prove bench/run.mjs works'],
};
