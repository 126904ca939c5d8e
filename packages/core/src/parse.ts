import * as z from 'zod/mini';
import * as S from './schema/index.js';
import { locationOf, locations } from './parse-location.js';
import { RefChecker } from './parse-refs.js';
import { checkRelationshipRules, checkSingleLead } from './parse-rules.js';
import type { DataIssue, IssueEntity, ParseResult } from './issues.js';
import { noteUnshown } from './parse-placeholders.js';
import { noteGiven } from './parse-given.js';

import { fastRecord, guarded, idOf, isObject, parseRecord, withoutBadExtras, type Obj } from './parse-record.js';
import { UNSURE } from './fast-parse.js';

/** Parses a list of records one by one so that one bad record never hides the rest. Duplicate ids are issues too. */
function parseList<T extends { id: string }>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  entity: IssueEntity,
  name: string,
  issues: DataIssue[],
): T[] | undefined {
  if (input === undefined) return undefined;
  if (!Array.isArray(input)) {
    issues.push({
      entity,
      id: null,
      path: '',
      message: `"${name}" must be a list, not ${input === null ? 'null' : typeof input}`,
      location: name,
    });
    return [];
  }
  const out: T[] = [];
  const ids = new Set<string>();
  const placed = locations.list(name);
  for (let i = 0; i < input.length; i++) {
    if (!(i in input)) continue; // a hole, as forEach skips it
    const item = input[i] as unknown;
    // A valid record of plain fields (most of them) is the fast parser's at once, without the guard's closure or a
    // location string per record; anything else goes the whole way (shapes, zod, salvage), in its guard.
    let rec = fastRecord(schema, item) as T | undefined | typeof UNSURE;
    if (rec === UNSURE) {
      const at = `${name}[${i}]`;
      rec = guarded(() => parseRecord(schema, item, entity, at, issues), entity, item, at, issues);
    }
    if (!rec) continue;
    if (ids.has(rec.id)) {
      issues.push({
        entity,
        id: rec.id,
        path: 'id',
        message: `"id" is used by an earlier ${entity} record: ids must be unique`,
        location: `${name}[${i}]`,
      });
      continue;
    }
    ids.add(rec.id);
    placed.records.push(rec);
    placed.indices.push(i);
    out.push(rec);
  }
  return out;
}

/**
 * A copy of a record without the references at the given paths ("subjectIds[2]", "sourceAgencyId",
 * "network[3].memberId" removes network[3], "childView.childId"). Later indexes are removed first.
 */
function withoutPaths<T extends Obj>(rec: T, paths: string[]): T {
  // Shallow copies of the record and of each list or object changed: never a deep clone, which throws on data
  // nested thousands deep and would empty the case.
  const out: Obj = { ...rec };
  for (const p of paths) {
    const head = p.replace(/[.[].*$/, '');
    const v = out[head];
    if (Array.isArray(v)) out[head] = [...(v as unknown[])];
    else if (isObject(v)) out[head] = { ...v };
  }
  const parsed = paths.map((p) => p.replace(/\[(\d+)\]/g, '.$1').split('.'));
  parsed.sort((a, b) => Number(b[1] ?? -1) - Number(a[1] ?? -1));
  for (const keys of parsed) {
    const [head, second] = keys;
    if (second !== undefined && /^\d+$/.test(second) && Array.isArray(out[head!])) (out[head!] as unknown[]).splice(Number(second), 1);
    else if (second !== undefined && isObject(out[head!])) delete (out[head!] as Obj)[second];
    else delete out[head!];
  }
  return out as T;
}

function allIds(input: unknown): Set<string> {
  const s = new Set<string>();
  if (Array.isArray(input))
    for (const v of input) {
      const id = idOf(v);
      if (id) s.add(id);
    }
  return s;
}

/**
 * Keeps records whose references resolve; reports the others as issues of the record that holds them.
 * A record whose only problems are soft references is kept without them (`changeAsGiven` finds it as given).
 */
function keepResolved<T extends { id: string }>(
  list: T[] | undefined,
  entity: IssueEntity,
  name: string,
  refs: RefChecker,
  issues: DataIssue[],
  check: (r: T) => void,
): T[] | undefined {
  if (!list) return list;
  const out: T[] = [];
  for (const rec of list) {
    check(rec);
    const problems = refs.take();
    for (const p of problems) issues.push({ entity, id: rec.id, path: p.path, message: p.message, location: locationOf(rec, name) });
    if (problems.some((p) => !p.soft)) continue;
    if (!problems.length) {
      out.push(rec);
      continue;
    }
    const shown = withoutPaths(
      rec as T & Obj,
      problems.map((p) => p.path),
    );
    noteGiven(
      shown,
      rec,
      problems.map((p) => p.path),
    );
    out.push(shown);
  }
  return out;
}

const STATEMENT_LISTS = [...S.STATEMENT_SECTIONS] as const;

/** A safety plan is parsed in two layers: the plan, then each statement, action and rating, so one bad statement does not hide the plan. */
function parseSafetyPlans(input: unknown, issues: DataIssue[]): S.SafetyPlan[] | undefined {
  if (input === undefined) return undefined;
  if (!Array.isArray(input)) return parseList(S.SafetyPlan, input, 'SafetyPlan', 'safetyPlans', issues);
  const out: S.SafetyPlan[] = [];
  const ids = new Set<string>();
  input.forEach((raw, i) => {
    const loc = `safetyPlans[${i}]`;
    if (!isObject(raw)) {
      parseRecord(S.SafetyPlan, raw, 'SafetyPlan', loc, issues);
      return;
    }
    // Parse the plan with its lists replaced by valid items only, reporting each bad item by its own type and id.
    const cleaned: Obj = { ...raw };
    const listSpecs: [string, z.ZodMiniType<{ id: string }>, IssueEntity][] = [
      ...STATEMENT_LISTS.map((k) => [k, S.Statement, 'Statement'] as [string, z.ZodMiniType<{ id: string }>, IssueEntity]),
      ['nextSteps', S.Action, 'Action'],
      ['scales', S.ScaleRating, 'ScaleRating'],
    ];
    for (const [key, schema, entity] of listSpecs) {
      const v = raw[key];
      if (Array.isArray(v)) cleaned[key] = parseList(schema, v, entity, `${loc}.${key}`, issues) ?? [];
    }
    if (isObject(raw.childView)) {
      const cv: Obj = { ...raw.childView };
      for (const key of ['worries', 'goodThings', 'dreams']) {
        const v = cv[key];
        if (Array.isArray(v)) cv[key] = parseList(S.Statement, v, 'Statement', `${loc}.childView.${key}`, issues) ?? [];
      }
      cleaned.childView = cv;
    }
    dropDanglingLinks(raw, cleaned, loc, issues);
    const plan = guarded(() => parseRecord(S.SafetyPlan, cleaned, 'SafetyPlan', loc, issues), 'SafetyPlan', raw, loc, issues);
    if (!plan) return;
    if (ids.has(plan.id)) {
      issues.push({
        entity: 'SafetyPlan',
        id: plan.id,
        path: 'id',
        message: '"id" is used by an earlier SafetyPlan record: ids must be unique',
        location: loc,
      });
      return;
    }
    ids.add(plan.id);
    locations.set(plan, loc);
    out.push(plan);
  });
  return out;
}

/**
 * A statement's linkedIds must name statements of the same plan (any section, the child's view included).
 * A statement with a dangling link is reported as a Statement and kept without that link, so a plan is never
 * missing a worry because the goal it pointed at was invalid.
 */
function dropDanglingLinks(raw: Obj, plan: Obj, loc: string, issues: DataIssue[]): void {
  const lists: [Obj, string, string][] = [];
  const inInput = new Set<string>();
  const collect = (container: unknown, into: Obj | null, keys: readonly string[], where: string) => {
    for (const k of keys) {
      const v = isObject(container) ? container[k] : undefined;
      if (Array.isArray(v))
        for (const item of v) {
          const id = idOf(item);
          if (id) inInput.add(id);
        }
      if (into && Array.isArray(into[k])) lists.push([into, k, `${where}.${k}`]);
    }
  };
  collect(raw, plan, STATEMENT_LISTS, loc);
  collect(raw.childView, isObject(plan.childView) ? plan.childView : null, ['worries', 'goodThings', 'dreams'], `${loc}.childView`);
  const valid = new Set<string>();
  for (const [c, k] of lists) for (const st of c[k] as S.Statement[]) valid.add(st.id);
  for (const [c, k, where] of lists) {
    c[k] = (c[k] as S.Statement[]).map((st) => {
      const bad = (st.linkedIds ?? []).map((id, i) => [id, i] as const).filter(([id]) => !valid.has(id));
      for (const [id, i] of bad) {
        issues.push({
          entity: 'Statement',
          id: st.id,
          path: `linkedIds[${i}]`,
          location: where,
          message:
            (inInput.has(id)
              ? `"linkedIds[${i}]" refers to statement "${id}", which is itself invalid (see its own error)`
              : `"linkedIds[${i}]" refers to statement "${id}", which is not in this safety plan`) +
            '; the statement is shown without that link',
        });
      }
      return bad.length ? { ...st, linkedIds: (st.linkedIds ?? []).filter((id) => valid.has(id)) } : st;
    });
  }
}

// prettier-ignore
const CASE_FIELDS = ['schema', 'case', 'people', 'relationships', 'households', 'agencies', 'professionals', 'involvements', 'chronology', 'safetyPlans', 'documents', 'audit'];
const EMPTY_CASE: S.CaseBundle = { schema: S.CASE_BUNDLE_SCHEMA, case: { id: 'unknown', subjectIds: [] } };

function topLevelProblem(input: unknown, expected: string): string | null {
  if (!isObject(input)) {
    const what = input === null ? 'null' : Array.isArray(input) ? 'a list' : input === undefined ? 'nothing' : `${typeof input}`;
    return `The data must be an object with "schema": "${expected}", but it is ${what}`;
  }
  if (input.schema !== expected) {
    const got = typeof input.schema === 'string' ? `"${input.schema.slice(0, 80)}"` : 'missing';
    return `"schema" must be "${expected}" (it is ${got}): this version of Open Casework reads only that version`;
  }
  return null;
}

/**
 * Parses a case bundle from anything. Never throws. Returns the valid part and a plain-English issue for every
 * invalid field, dangling reference or duplicate id, naming the record by type and id.
 * Unknown fields are kept, so a valid bundle round-trips unchanged.
 */
export function parseCaseBundle(input: unknown): ParseResult<S.CaseBundle> {
  const issues: DataIssue[] = [];
  locations.clear();
  try {
    const problem = topLevelProblem(input, S.CASE_BUNDLE_SCHEMA);
    if (problem)
      return { value: structuredClone(EMPTY_CASE), issues: [{ entity: 'CaseBundle', id: null, path: 'schema', message: problem }] };
    const raw = withoutBadExtras(input as Obj, CASE_FIELDS, 'CaseBundle', issues);
    const caseInfo = parseRecord(S.CaseInfo, raw.case, 'Case', 'case', issues) ?? {
      ...EMPTY_CASE.case,
      ...(idOf(raw.case) ? { id: idOf(raw.case)! } : {}),
    };

    const people = parseList(S.Person, raw.people, 'Person', 'people', issues);
    const relationships = parseList(S.Relationship, raw.relationships, 'Relationship', 'relationships', issues);
    const households = parseList(S.Household, raw.households, 'Household', 'households', issues);
    const agencies = parseList(S.Agency, raw.agencies, 'Agency', 'agencies', issues);
    const professionals = parseList(S.Professional, raw.professionals, 'Professional', 'professionals', issues);
    const involvements = parseList(S.Involvement, raw.involvements, 'Involvement', 'involvements', issues);
    const chronology = parseList(S.ChronologyEntry, raw.chronology, 'ChronologyEntry', 'chronology', issues);
    const safetyPlans = parseSafetyPlans(raw.safetyPlans, issues);
    const documents = parseList(S.Document, raw.documents, 'Document', 'documents', issues);
    const audit = parseList(S.AuditEvent, raw.audit, 'AuditEvent', 'audit', issues);

    // References are checked against valid records, in dependency order, so the value is internally consistent.
    const all = new Map([
      ['Person', allIds(raw.people)],
      ['Agency', allIds(raw.agencies)],
      ['Professional', allIds(raw.professionals)],
    ]);
    const known = new Map<string, Set<string>>([
      ['Person', new Set(people?.map((p) => p.id))],
      ['Agency', new Set(agencies?.map((a) => a.id))],
    ]);
    const refs = new RefChecker(known, all);
    const P = 'Person';

    refs.checkAll('subjectIds', caseInfo.subjectIds, P);
    for (const p of refs.take()) issues.push({ entity: 'Case', id: caseInfo.id, path: p.path, message: p.message, location: 'case' });
    // A case without subjectIds stays without them: the parser never adds a field the host did not send.
    const caseValue = caseInfo.subjectIds
      ? { ...caseInfo, subjectIds: caseInfo.subjectIds.filter((id) => known.get(P)!.has(id)) }
      : caseInfo;

    const validProfessionals = keepResolved(professionals, 'Professional', 'professionals', refs, issues, (r) =>
      refs.check('agencyId', r.agencyId, 'Agency'),
    );
    known.set('Professional', new Set(validProfessionals?.map((p) => p.id)));

    let validRelationships = keepResolved(relationships, 'Relationship', 'relationships', refs, issues, (r) => {
      if (r.kind === 'parent') {
        refs.check('parentId', r.parentId, P);
        refs.check('childId', r.childId, P);
      } else {
        refs.check('a', r.a, P);
        refs.check('b', r.b, P);
      }
    });
    const resolved = validRelationships ?? [];
    validRelationships = checkRelationshipRules(validRelationships, issues);

    const result: S.CaseBundle = { ...raw, schema: S.CASE_BUNDLE_SCHEMA, case: caseValue };
    if (people) result.people = people;
    if (validRelationships) result.relationships = validRelationships;
    const h = keepResolved(households, 'Household', 'households', refs, issues, (r) => refs.checkAllSoft('memberIds', r.memberIds, P));
    if (h) result.households = h;
    if (agencies) result.agencies = agencies;
    if (validProfessionals) result.professionals = validProfessionals;
    let inv = keepResolved(involvements, 'Involvement', 'involvements', refs, issues, (r) => {
      refs.check('professionalId', r.professionalId, 'Professional');
      refs.checkAllSoft('personIds', r.personIds, P);
    });
    const resolvedInvolvements = new Set(inv?.map((i) => i.id));
    inv = checkSingleLead(inv, issues);
    if (inv) result.involvements = inv;
    const ch = keepResolved(chronology, 'ChronologyEntry', 'chronology', refs, issues, (r) => {
      refs.checkSoft('sourceAgencyId', r.sourceAgencyId, 'Agency');
      refs.checkAllSoft('subjectIds', r.subjectIds, P);
    });
    if (ch) result.chronology = ch;
    const sp = keepResolved(safetyPlans, 'SafetyPlan', 'safetyPlans', refs, issues, (r) => {
      refs.checkAllSoft('childIds', r.childIds, P);
      (r.network ?? []).forEach((m, i) => refs.checkSoft(`network[${i}].memberId`, m.memberId, P, 'Professional'));
      if (r.childView?.childId) refs.checkSoft('childView.childId', r.childView.childId, P);
    });
    if (sp) result.safetyPlans = sp;
    // A document is kept when the entry or person it names is missing: the link is left out and reported.
    // (The entries' ids, two sets of 10,000 in a long chronology, only when there are documents to check.)
    if (documents?.length) {
      all.set('ChronologyEntry', allIds(raw.chronology));
      known.set('ChronologyEntry', new Set(ch?.map((e) => e.id)));
    }
    const docs = keepResolved(documents, 'Document', 'documents', refs, issues, (r) => {
      refs.checkAllSoft('subjectIds', r.subjectIds, P);
      refs.checkAllSoft('entryIds', r.entryIds, 'ChronologyEntry');
    });
    if (docs) result.documents = docs;
    if (audit) result.audit = audit;
    // Beside the value, never in it: what a drawing should show as a placeholder (people, professionals and
    // households refused but still named).
    const professionalIds = { all: all.get('Professional')!, kept: known.get('Professional')! };
    const rawHouseholds = raw.households;
    noteUnshown(result, {
      all: all.get(P)!,
      kept: known.get(P)!,
      relationships,
      resolved,
      households,
      rawHouseholds,
      professionals: professionalIds,
      involvements,
      resolvedInvolvements,
    });
    return { value: result, issues };
  } catch (err) {
    // Defensive: parsing must never take the page down. Report without echoing the data.
    issues.push({
      entity: 'CaseBundle',
      id: null,
      path: '',
      message: `The data could not be read (${err instanceof Error ? err.name : 'error'})`,
    });
    return { value: structuredClone(EMPTY_CASE), issues };
  } finally {
    locations.clear();
  }
}

const EMPTY_BOARD: S.TeamBoard = { schema: S.TEAM_BOARD_SCHEMA, id: 'unknown', team: '' };

/** Parses a team board from anything. Never throws; same contract as parseCaseBundle. */
export function parseTeamBoard(input: unknown): ParseResult<S.TeamBoard> {
  const issues: DataIssue[] = [];
  locations.clear();
  try {
    const problem = topLevelProblem(input, S.TEAM_BOARD_SCHEMA);
    if (problem)
      return { value: structuredClone(EMPTY_BOARD), issues: [{ entity: 'TeamBoard', id: null, path: 'schema', message: problem }] };
    const raw = withoutBadExtras(input as Obj, ['schema', 'id', 'team', 'blockages', 'debriefs', 'audit'], 'TeamBoard', issues);
    const Head = z.pick(S.TeamBoard, { schema: true, id: true, team: true });
    const lists = ['blockages', 'debriefs', 'audit'];
    // The head is read without the lists, which are read (and their faults reported) record by record below.
    const headIn = Object.fromEntries(Object.entries(raw).filter(([k]) => !lists.includes(k)));
    const head = parseRecord(Head, headIn, 'TeamBoard', 'board', issues);
    const blockages = parseList(S.Blockage, raw.blockages, 'Blockage', 'blockages', issues);
    const debriefs = parseList(S.Debrief, raw.debriefs, 'Debrief', 'debriefs', issues);
    const audit = parseList(S.AuditEvent, raw.audit, 'AuditEvent', 'audit', issues);
    const all = new Map([['Blockage', allIds(raw.blockages)]]);
    const known = new Map([['Blockage', new Set(blockages?.map((b) => b.id))]]);
    const refs = new RefChecker(known, all);
    const d = keepResolved(debriefs, 'Debrief', 'debriefs', refs, issues, (r) =>
      refs.checkAllSoft('discussedIds', r.discussedIds, 'Blockage'),
    );
    const value: S.TeamBoard = { ...raw, schema: S.TEAM_BOARD_SCHEMA, id: head?.id ?? idOf(raw) ?? 'unknown', team: head?.team ?? '' };
    if (blockages) value.blockages = blockages;
    if (d) value.debriefs = d;
    if (audit) value.audit = audit;
    return { value, issues };
  } catch (err) {
    issues.push({
      entity: 'TeamBoard',
      id: null,
      path: '',
      message: `The data could not be read (${err instanceof Error ? err.name : 'error'})`,
    });
    return { value: structuredClone(EMPTY_BOARD), issues };
  } finally {
    locations.clear();
  }
}
