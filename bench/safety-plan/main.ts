// Benchmark for <cw-safety-plan> and its pure modules. No peer library draws a Signs of Safety map, so the "peer"
// for rendering is a hand-written plain-DOM render of the same statements (a floor, not a competitor); the pure
// modules and the edit/autosave paths have no peer and report ours only.
import '@opencasework/safety-plan/define';
import { MemoryCaseStore, type CaseBundle, type SafetyPlan, type Statement } from '@opencasework/core';
import { sampleCase, makeRng } from '@opencasework/core/sample';
import '@opencasework/core/define';
import { childGaps, contentOf, diffPlans, editStatement, loadPlainLanguage, seriesByPerson } from '@opencasework/safety-plan';
import { renderedSince } from '../support/render.js';
import { median, medianTime } from '../support/stats.js';

// The plain-language helper loads on demand (its own chunk): load it before timing it.
const { checkPlainLanguage } = await loadPlainLanguage();

declare global {
  interface Window {
    __benchResult?: unknown;
  }
}

const SECTIONS = ['harm', 'complicatingFactors', 'dangerStatements', 'strengths', 'existingSafety', 'safetyGoals', 'rules'] as const;
const WORDS = [
  'Mum',
  'takes',
  'the',
  'children',
  'to',
  'school',
  'every',
  'morning',
  'and',
  'Gran',
  'collects',
  'them',
  'after',
  'core group',
  'worried',
  'safe',
  'plan',
  's47',
  'communication',
  'when',
  'Dad',
  'visits',
];
const round = (n: number) => Math.round(n * 100) / 100;
const stage = document.getElementById('stage')!;
const RUNS = 5;

function sentence(rng: { next(): number }, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(rng.next() * WORDS.length)]!).join(' ') + '.';
}

/** A large plan: `perSection` statements in each of the seven lists, 40 steps, 12 raters over 10 reviews. */
function bigPlan(perSection: number): SafetyPlan {
  const rng = makeRng(11);
  const people = (sampleCase.people ?? []).map((p) => p.id);
  const base = structuredClone<SafetyPlan>((sampleCase.safetyPlans ?? [])[0]!);
  for (const key of SECTIONS) {
    base[key] = Array.from({ length: perSection }, (_, i): Statement => ({
      id: `${key}-${i}`,
      text: sentence(rng, 8 + Math.floor(rng.next() * 20)),
      by: people[i % people.length]!,
      ...(i % 3 === 0 ? { familyWords: true } : {}),
    }));
  }
  base.nextSteps = Array.from({ length: 40 }, (_, i) => ({
    id: `ns-${i}`,
    text: sentence(rng, 10),
    owner: people[i % 8]!,
    due: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
    status: (['to-do', 'doing', 'done', 'not-done'] as const)[i % 4]!,
  }));
  base.scales = [];
  for (let r = 0; r < 10; r++)
    for (let p = 0; p < 12; p++)
      base.scales.push({ id: `sc-${r}-${p}`, by: people[p]!, score: Math.floor(rng.next() * 11), at: `${2016 + r}-03-01` });
  return base;
}

async function renderOurs(bundle: CaseBundle, editable: boolean): Promise<number> {
  const el = document.createElement('cw-safety-plan');
  el.editable = editable;
  el.today = '2025-07-01';
  const t0 = performance.now();
  el.bundle = bundle;
  const t = await renderedSince(t0, el, stage);
  const plan = el.plan!;
  const want = SECTIONS.reduce((n, k) => n + (plan[k]?.length ?? 0), 0);
  const got = el.shadowRoot!.querySelectorAll('.professional-version li.statement:not(.house li)').length;
  if (got < want) throw new Error(`rendered ${got} of ${want} statements`);
  el.remove();
  return t;
}

function renderFloor(plan: SafetyPlan): number {
  const t0 = performance.now();
  const root = document.createElement('div');
  for (const key of SECTIONS) {
    const h = document.createElement('h4');
    h.textContent = key;
    const ul = document.createElement('ul');
    for (const s of plan[key] ?? []) {
      const li = document.createElement('li');
      const p = document.createElement('p');
      p.textContent = s.text;
      li.append(p);
      if (s.by) {
        const m = document.createElement('p');
        m.textContent = `Said by ${s.by}`;
        li.append(m);
      }
      ul.append(li);
    }
    root.append(h, ul);
  }
  const table = document.createElement('table');
  for (const r of plan.scales ?? []) {
    const tr = table.insertRow();
    tr.insertCell().textContent = r.by;
    tr.insertCell().textContent = String(r.score);
  }
  root.append(table);
  stage.append(root);
  void root.offsetHeight;
  const t = performance.now() - t0;
  root.remove();
  return t;
}

async function editLatency(bundle: CaseBundle): Promise<number[]> {
  const el = document.createElement('cw-safety-plan');
  el.editable = true;
  el.autosaveDelay = 100_000;
  el.bundle = bundle;
  stage.append(el);
  await el.updateComplete;
  const id = el.plan!.safetyGoals![0]!.id;
  (el.shadowRoot!.querySelector(`[data-id="${id}"] [data-action="edit"]`) as HTMLButtonElement).click();
  await el.updateComplete;
  const ta = el.shadowRoot!.querySelector(`[data-form="${id}"] textarea`) as HTMLTextAreaElement;
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    ta.value += 'x';
    ta.dispatchEvent(new Event('input'));
    await el.updateComplete;
    times.push(performance.now() - t0);
  }
  el.remove();
  return times;
}

async function autosaveLatency(bundle: CaseBundle): Promise<number[]> {
  const store = new MemoryCaseStore();
  await store.replace({ kind: 'case', id: bundle.case.id }, bundle, 'bench');
  const host = document.createElement('cw-case');
  host.setAttribute('case-id', bundle.case.id);
  (host as unknown as { store: MemoryCaseStore }).store = store;
  const el = document.createElement('cw-safety-plan');
  el.editable = true;
  el.autosaveDelay = 100_000;
  host.append(el);
  stage.append(host);
  while (!el.plan) await new Promise((r) => setTimeout(r, 10));
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    // The element's editing state lives in its PlanEditor controller (private): the same path a keystroke takes.
    const editor = (el as unknown as { editor: { edit(current: SafetyPlan | undefined, fn: (p: SafetyPlan) => SafetyPlan): void } }).editor;
    editor.edit(el.plan, (p) => editStatement(p, p.safetyGoals![0]!.id, { text: `${p.safetyGoals![0]!.text}.` }));
    const t0 = performance.now();
    await el.flush();
    times.push(performance.now() - t0);
  }
  host.remove();
  return times;
}

const time = (fn: () => unknown, runs = RUNS): number => medianTime(fn, runs);

async function main() {
  const rows: { label: string; ours: number; peer?: number; unit: string; note?: string; target?: { name: string; max: number } }[] = [];
  const sample = sampleCase;
  const samplePlan = sample.safetyPlans![0]!;
  const big: CaseBundle = { ...sample, safetyPlans: [bigPlan(60)], audit: [] };
  await renderOurs(sample, false); // warm up
  for (const [label, bundle, editable] of [
    ['sample plan, read-only', sample, false],
    ['sample plan, editable', sample, true],
    ['420 statements, 120 ratings, read-only', big, false],
    ['420 statements, 120 ratings, editable', big, true],
  ] as const) {
    const ours: number[] = [],
      floor: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(await renderOurs(bundle, editable));
      floor.push(renderFloor(bundle.safetyPlans![0]!));
    }
    rows.push({
      label: `first render: ${label}`,
      ours: round(median(ours)),
      peer: round(median(floor)),
      unit: 'ms',
      note: `median of ${RUNS}; peer = plain-DOM floor of statements and ratings only`,
      ...(label.startsWith('420') && editable ? { target: { name: 'safety plan editable first render, 420 statements', max: 100 } } : {}),
    });
  }
  rows.push({
    label: 'one keystroke to re-render (sample, editing a goal)',
    ours: round(median(await editLatency(sample))),
    unit: 'ms',
    note: 'median of 20',
    target: { name: 'one keystroke in an editor: safety plan, sample', max: 8 },
  });
  rows.push({
    label: 'one keystroke to re-render (420 statements)',
    ours: round(median(await editLatency(big))),
    unit: 'ms',
    note: 'median of 20',
    target: { name: 'one keystroke in an editor: safety plan, 420 statements', max: 8 },
  });
  rows.push({
    label: 'autosave: one plan update through <cw-case> + MemoryCaseStore (sample)',
    ours: round(median(await autosaveLatency(sample))),
    unit: 'ms',
    note: 'median of 10; includes validation and audit',
  });
  const rng = makeRng(3);
  const longText = Array.from({ length: 1200 }, () => sentence(rng, 5 + Math.floor(rng.next() * 25)))
    .join(' ')
    .slice(0, 20_000);
  rows.push({ label: 'plain-language check, 20,000 characters', ours: round(time(() => checkPlainLanguage(longText))), unit: 'ms' });
  rows.push({
    label: 'plain-language check, a 300-character statement',
    ours: round(time(() => checkPlainLanguage(longText.slice(0, 300)), 50)),
    unit: 'ms',
    note: 'median of 50',
  });
  const v1 = contentOf(sample.audit!.find((a) => a.id === 'au-sp-1')!.after as SafetyPlan);
  rows.push({
    label: 'version diff: sample v1 against v3',
    ours: round(time(() => diffPlans(v1, contentOf(samplePlan)), 50)),
    unit: 'ms',
    note: 'median of 50',
  });
  const bp = big.safetyPlans![0]!;
  const bp2 = editStatement(bp, 'harm-3', { text: 'changed' });
  rows.push({
    label: 'version diff: 420 statements',
    ours: round(time(() => diffPlans(contentOf(bp), contentOf(bp2)), 20)),
    unit: 'ms',
    note: 'median of 20',
  });
  const group = (by: string) => (by.startsWith('pr-') ? 'professional' : 'family') as 'family';
  rows.push({
    label: 'scaling series + gaps: 120 ratings',
    ours: round(
      time(() => {
        seriesByPerson(bp.scales!, group);
        childGaps(bp.scales!, (by) => by === 'p-tyler' || by === 'p-ruby');
      }, 50),
    ),
    unit: 'ms',
    note: 'median of 50',
  });
  window.__benchResult = {
    title: 'Safety plan',
    rows,
    notes: [
      'No peer library draws a Signs of Safety map; the render "peer" is a plain-DOM floor (text of statements and a ratings table only, no controls, chart or versions).',
      'Same data on both sides: the sample case (version 3, 29 statements, 18 ratings, 8 steps) and a generated plan of 7 x 60 statements, 40 steps, 12 raters x 10 reviews.',
    ],
  };
}

main().catch((err) => {
  console.error(err);
  window.__benchResult = { title: 'Safety plan', rows: [], notes: [`failed: ${String(err)}`] };
});
