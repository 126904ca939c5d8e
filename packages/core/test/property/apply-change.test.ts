// Property-based (fast-check, fixed seed): applyChangeToDoc on generated documents and changes (valid edits, stale
// `before`s, invalid or hostile `after`s, unknown entities and ops) never throws, never modifies its input, changes
// exactly the one record it names (every other record stays as it was), appends one audit event naming it, refuses
// with a reason and a plain message otherwise, finishes within a bound proportional to size, and never pollutes a
// prototype. Nothing of the data is printed.
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import {
  DOC_LISTS,
  ENTITY_LISTS,
  applyChangeToDoc,
  parseCaseBundle,
  parseTeamBoard,
  type Change,
  type EntityType,
} from '../../src/index.js';
import { deepFreeze } from '../store-fixtures.js';
import {
  BAD_WORDING,
  DANGEROUS_KEYS,
  corrupt,
  corruptions,
  holds,
  oddPrototypes,
  prototypeNames,
  validBoard,
  validCase,
  type Obj,
} from './arbitraries.js';
import { boundedMs, firstDifference, timeBound } from './checks.js';

export const RUNS = { case: 200, board: 120 };
const AT = '2025-05-01T10:00:00Z';

/** A change to a document: an entity of its kind, an op, an id (existing or new), a before and an after. */
function changeFor(kind: 'case' | 'board') {
  const entities = (Object.keys(ENTITY_LISTS) as EntityType[]).filter((e) => ENTITY_LISTS[e].doc === kind);
  return fc.record({
    entity: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...entities) },
      { weight: 1, arbitrary: fc.constantFrom('Nothing', '__proto__', 'constructor') },
    ),
    op: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom('create', 'update', 'delete') },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    ),
    pick: fc.nat(),
    newId: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom(...DANGEROUS_KEYS)),
    useExisting: fc.boolean(),
    before: fc.constantFrom('current', 'stale', 'null', 'garbage'),
    after: fc.constantFrom('edited', 'corrupted', 'null', 'garbage', 'copy'),
    text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }),
    damage: corruptions,
    garbage: fc.anything({ maxDepth: 2 }),
    actor: fc.oneof(fc.constant('Dee Worker'), fc.string({ maxLength: 220 })),
    // Half the changes are what an editor sends (an update or delete of what it shows, a create of a new record).
    coherent: fc.boolean(),
  });
}
type Spec = ReturnType<typeof changeFor> extends fc.Arbitrary<infer T> ? T : never;

function build(doc: Obj, s: Spec): Change {
  const spec = ENTITY_LISTS[s.entity as EntityType];
  const list = spec && Array.isArray(doc[spec.list]) ? (doc[spec.list] as Obj[]) : [];
  const current = s.useExisting && list.length ? list[s.pick % list.length]! : undefined;
  const id = current ? String(current.id) : s.newId;
  const edited = current ? { ...current, [typeof current.title === 'string' ? 'title' : 'note']: s.text } : { id, title: s.text };
  if (s.coherent && spec) {
    const template = list[s.pick % Math.max(list.length, 1)];
    if (current && s.pick % 3 === 0)
      return { entity: s.entity as EntityType, id, op: 'delete', before: current, after: null, actor: s.actor, at: AT };
    if (current) return { entity: s.entity as EntityType, id, op: 'update', before: current, after: edited, actor: s.actor, at: AT };
    if (template && !list.some((r) => r.id === s.newId))
      return {
        entity: s.entity as EntityType,
        id: s.newId,
        op: 'create',
        before: null,
        after: { ...template, id: s.newId },
        actor: s.actor,
        at: AT,
      };
  }
  const before =
    s.before === 'current'
      ? (current ?? null)
      : s.before === 'stale' && current
        ? { ...current, stale: true }
        : s.before === 'null'
          ? null
          : s.garbage;
  const after =
    s.after === 'edited'
      ? edited
      : s.after === 'corrupted'
        ? corrupt(edited, s.damage)
        : s.after === 'null'
          ? null
          : s.after === 'copy'
            ? current
            : s.garbage;
  return {
    entity: s.entity as EntityType,
    id,
    op: s.op as Change['op'],
    before: before as Obj | null,
    after: after as Obj | null,
    actor: s.actor,
    at: '2025-05-01T10:00:00Z',
  };
}

/** Every broken promise of one application (names and counts only). */
function problems(kind: 'case' | 'board', doc: Obj, change: Change): string[] {
  const out: string[] = [];
  const size = JSON.stringify(doc).length + (JSON.stringify(change)?.length ?? 0);
  const protos = prototypeNames();
  const t0 = performance.now();
  let r: ReturnType<typeof applyChangeToDoc<Obj>>;
  try {
    r = applyChangeToDoc(doc, change);
  } catch (err) {
    return [`threw ${err instanceof Error ? err.name : typeof err} (${change.op} ${change.entity})`];
  }
  const ms = boundedMs(performance.now() - t0, size, () => applyChangeToDoc(doc, change));
  if (ms > timeBound(size)) out.push(`took ${Math.round(ms)} ms for ${size} characters`);
  if (prototypeNames() !== protos) out.push('a global prototype gained a property');
  if (!r.ok) {
    if (!['invalid', 'conflict', 'vetoed', 'storage'].includes(r.reason)) out.push(`unknown reason ${String(r.reason)}`);
    if (typeof r.message !== 'string' || !r.message.trim()) out.push(`a ${r.reason} refusal with no message`);
    const bad = BAD_WORDING.find((re) => re.test(r.message));
    if (bad) out.push(`a ${r.reason} message reads badly (${String(bad)})`);
    return out;
  }
  if (oddPrototypes(r.doc)) out.push('objects in the new document have a foreign prototype');
  const spec = ENTITY_LISTS[change.entity];
  for (const list of DOC_LISTS[kind]) {
    const was = (Array.isArray(doc[list]) ? doc[list] : []) as Obj[];
    const now = (Array.isArray(r.doc[list]) ? r.doc[list] : []) as Obj[];
    const others = (l: Obj[]) => (list === spec.list ? l.filter((x) => x.id !== change.id) : l);
    const d = firstDifference(others(now), others(was));
    if (d) out.push(`${list}: a record other than the one changed differs at ${d}`);
  }
  const trail = (r.doc.audit ?? []) as Obj[];
  if (trail.length !== ((doc.audit as unknown[] | undefined)?.length ?? 0) + 1) out.push('not exactly one audit event appended');
  const last = trail[trail.length - 1];
  if (!last || last.entityId !== change.id || last.entity !== change.entity || last.op !== change.op)
    out.push('the audit event does not name the change');
  const parse = kind === 'case' ? parseCaseBundle : parseTeamBoard;
  const reparsed = parse(r.doc);
  // The new document reads as cleanly as the one it came from (a reported top-level "__proto__" stays reported).
  if (reparsed.issues.length > parse(doc).issues.length)
    out.push(
      `the new document has ${reparsed.issues.length} issues (first: ${reparsed.issues[0]!.entity} at "${reparsed.issues[0]!.path}")`,
    );
  return out;
}

describe('property: applyChangeToDoc', function () {
  this.timeout(60_000);
  for (const kind of ['case', 'board'] as const) {
    it(`keeps its promises on ${kind === 'case' ? 'case bundles' : 'team boards'} (${RUNS[kind]} changes)`, () => {
      const outcomes = new Map<string, number>();
      holds(
        fc.property(kind === 'case' ? validCase : validBoard, changeFor(kind), (raw, s) => {
          // The document as a store holds it: parsed, then frozen (any write to it throws).
          const doc = deepFreeze((kind === 'case' ? parseCaseBundle(raw) : parseTeamBoard(raw)).value as unknown as Obj);
          const change = build(doc, s);
          const p = problems(kind, doc, change);
          if (p.length) throw new Error(p.join('; '));
          const r = applyChangeToDoc(doc, change);
          const k = r.ok ? 'applied' : r.reason;
          outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
        }),
        RUNS[kind],
      );
      // The generated changes reach every outcome, so each promise above was tested where it matters.
      expect(outcomes.get('applied') ?? 0, 'changes applied').to.be.greaterThan(RUNS[kind] / 20);
      expect(outcomes.get('conflict') ?? 0, 'conflicts').to.be.greaterThan(RUNS[kind] / 20);
      expect(outcomes.get('invalid') ?? 0, 'refusals').to.be.greaterThan(RUNS[kind] / 20);
    });
  }
});
