import { formatList, formatPartialDate, normaliseLocale, type CaseBundle, type ChronologyEntry } from '@opencasework/core';
import { ownNamesOf, peopleNames, personDisplayName, type ChronologyModel, type Row } from '../model.js';
import { asAtDay, dayNumber, rowDay } from './common.js';
import type { PartialDate } from './common.js';
import {
  answersConcerns,
  CONCERN_ORDER,
  concernOf,
  failedVisit,
  interviewHeld,
  isNonVisitContact,
  isResponse,
  isReturnInterview,
  saysNoFurtherAction,
  type ConcernType,
} from './concerns.js';
import { groupRows, rowsOf, type GroupEventsOptions } from './events.js';
import { byPlanInForce, driftInStretch, stretchesOf, type DriftContext } from './drift.js';
import { analysisMessages, type AnalysisKey } from './messages.js';
import { periodsOfRows, type PlanKind, type PlanPeriod } from './plans.js';

/** The kinds of prompt (a host may add its own). */
export type PatternKind = 'repeated-concern' | 'drift' | 'missing' | 'escalation' | (string & {});

/**
 * A pattern worth a second look: a prompt for professional judgement, never a verdict. It names the children, the
 * period, every entry it rests on and, in plain words, what was counted.
 */
export interface Finding {
  kind: PatternKind;
  subjectIds: string[];
  /** Every entry the finding rests on, in date order. */
  entryIds: string[];
  from: PartialDate;
  to: PartialDate;
  /** How many events it counted (episodes for missing, concern events for repeated concern and escalation; days for drift). */
  count?: number;
  /** 1 is the most important. */
  rank: number;
  message: string;
  /** A short heading for the kind of prompt, in the same language. */
  title: string;
  /** True when some dates are known only to the month or year. */
  approximate: boolean;
}

export interface FindPatternsOptions {
  /** "Today": open plans are checked up to it, and later entries are ignored. Defaults to today. */
  asAt?: PartialDate | number;
  locale?: string;
  /** How people are named (e.g. roles in an anonymised version). Defaults to their names. */
  nameOf?: (personId: string) => string;
  /** Window lengths in days (default 365 each). No finding spans more than its window. */
  windows?: { repeatedConcern?: number; missing?: number; escalation?: number; drift?: number };
  thresholds?: {
    /** Concern events within the window (default 3). */
    repeatedConcern?: number;
    /** Missing episodes within the window (default 3). */
    missing?: number;
    /** Concern events while a plan is open, within the window (default 3). */
    escalation?: number;
    /** Longest expected gap between visits, in days, per plan kind. */
    drift?: Partial<Record<PlanKind, number>>;
  };
  /** Leave entries out (the redacted version leaves out withheld ones). */
  include?: (entry: ChronologyEntry) => boolean;
  merge?: GroupEventsOptions;
  /** The chronology's model when the caller already has it (built from the same bundle); saves building it again. */
  model?: ChronologyModel;
}

/**
 * Expected visiting intervals (days): about every 4 weeks on a child protection plan, 6 for child in need and looked
 * after. Early Help is voluntary and has no statutory visiting, so no interval (Infinity: no gap prompt); a host whose
 * local policy sets one gives it in `thresholds.drift['early-help']`.
 */
export const DRIFT_DAYS: Record<PlanKind, number> = {
  'child-protection': 28,
  'child-in-need': 42,
  'looked-after': 42,
  placement: 42,
  'early-help': Infinity,
  other: 42,
};

interface Ev {
  rows: Row[];
  day: number;
  about: string[];
  concern: ConcernType | null;
  sig: number;
}

interface Draft extends Omit<Finding, 'rank' | 'title' | 'approximate' | 'message'> {
  /** The message, given the names of the children it is about and how many they are. */
  make: (names: string, children: number) => string;
  weight: number;
  /** The heading's message key. */
  heading: AnalysisKey;
}

/** Windows of missing episodes only are left to the missing-episodes prompt (one prompt, not two, for the same episodes). */
const onlyMissing = (w: readonly Ev[]) => w.every((e) => e.concern === 'missing');

const BASE: Record<string, number> = { 'repeated-concern': 3, escalation: 3, drift: 2, missing: 2, rising: 1 };

/** Greedy windows: runs of at least `min` items whose first and last are at most `span` days apart, never overlapping. */
function windowsOf<T extends { day: number }>(items: readonly T[], min: number, span: number): T[][] {
  const out: T[][] = [];
  let i = 0;
  while (i < items.length) {
    let j = i;
    while (j + 1 < items.length && items[j + 1]!.day - items[i]!.day <= span) j++;
    if (j - i + 1 >= Math.max(1, min)) {
      out.push(items.slice(i, j + 1));
      i = j + 1;
    } else i++;
  }
  return out;
}

/**
 * Patterns worth a second look in a case's chronology, most important first. Works on events (entries from several
 * agencies about one happening count once), and on plans as periods that end (see `planPeriods`):
 * - repeated concern: N concern events (referrals, police notifications, incidents, missing episodes, injuries; never
 *   routine calls, visits, school or meeting entries unless marked significant) about one child within the window,
 *   with no assessment or plan started in between and no plan open, quoting the outcomes it can see;
 * - drift: a gap between visits (category visit, the child seen) longer than the plan kind's interval while a plan is
 *   really open;
 * - missing: distinct episodes (one per child per day, across agencies), with those children's services has no
 *   record of;
 * - escalation: repeated concern events while a plan is open, or significance rising across the recent events.
 * Deterministic for a given `asAt`.
 */
export function findPatterns(bundle: CaseBundle, options: FindPatternsOptions = {}): Finding[] {
  const locale = normaliseLocale(options.locale ?? 'en');
  const dateLocale = locale === 'cy' ? 'cy' : 'en';
  const t = (key: AnalysisKey, p: Record<string, string | number> = {}) => analysisMessages.t(locale, key, p);
  const asAt = asAtDay(options.asAt);
  const all = options.model?.rows ?? rowsOf(bundle);
  const byId = options.model?.byId ?? new Map(all.map((r) => [r.id, r]));
  const include = options.include;
  const rows = all.filter((r) => rowDay(r) <= asAt && (!include || include(r.entry)));
  const caseSubjects = bundle.case.subjectIds ?? [];
  const names = new Map((bundle.people ?? []).map((p) => [p.id, personDisplayName(p)]));
  const nameOf = options.nameOf ?? ((id: string) => names.get(id) ?? id);
  const sectors = new Map((bundle.agencies ?? []).map((a) => [a.id, a.sector]));
  const fmt = (d: PartialDate) => formatPartialDate(d, dateLocale);
  const win = { repeatedConcern: 365, missing: 365, escalation: 365, drift: 365, ...options.windows };
  const th = { repeatedConcern: 3, missing: 3, escalation: 3, ...options.thresholds };
  const driftDays = { ...DRIFT_DAYS, ...options.thresholds?.drift };
  const about = (r: Row) => (r.subjectIds.length ? r.subjectIds : caseSubjects);
  // Decisions, closures and strategy discussions that say "no further action": the outcomes a repeated-concern prompt quotes.
  const outcomes = rows.filter(
    (r) => (r.entry.category === 'decision' || r.entry.category === 'closure' || isResponse(r.entry)) && saysNoFurtherAction(r.entry),
  );
  const children = caseSubjects.length ? caseSubjects : [...new Set(rows.flatMap((r) => r.subjectIds))];

  const events: Ev[] = groupRows(rows, { names: peopleNames(bundle), ownNames: ownNamesOf(bundle), ...options.merge }).map((g) => {
    const ab = new Set<string>();
    g.forEach((r) => about(r).forEach((id) => ab.add(id)));
    const types = g.map((r) => concernOf(r.entry)).filter((x): x is ConcernType => !!x);
    const concern = CONCERN_ORDER.find((c) => types.includes(c)) ?? null;
    return { rows: g, day: rowDay(g[0]!), about: [...ab], concern, sig: Math.max(...g.map((r) => r.sig)) };
  });
  const periods = periodsOfRows(rows, caseSubjects, asAt);
  const endDay = (p: PlanPeriod) => Math.min(p.to ? dayNumber(p.to) : asAt, asAt);
  const drafts: Draft[] = [];
  const contacts = rows.filter((r) => isNonVisitContact(r.entry));
  const driftContext: DriftContext = { asAt, driftDays, window: win.drift, contacts, byId: byId, about, t, fmt };
  const list = (evs: Ev[]) => {
    const n = new Map<ConcernType, number>();
    for (const e of evs) n.set(e.concern!, (n.get(e.concern!) ?? 0) + 1);
    return CONCERN_ORDER.filter((c) => n.has(c))
      .map((c) => t(`concern.${c}`, { count: n.get(c)! }))
      .join(', ');
  };
  /** A prompt about a window of concern events (repeated concern, concerns while a plan is open). */
  const windowDraft = (
    kind: 'repeated-concern' | 'escalation',
    key: AnalysisKey,
    child: string,
    w: Ev[],
    evidence: Row[],
    extra: Record<string, string | number>,
  ): Draft => {
    const from = w[0]!.rows[0]!.entry.date,
      to = w[w.length - 1]!.rows[0]!.entry.date;
    return {
      kind,
      subjectIds: [child],
      entryIds: ids(evidence),
      from,
      to,
      count: w.length,
      make: (name) => t(key, { count: w.length, name, from: fmt(from), to: fmt(to), list: list(w), ...extra }),
      weight: BASE[kind]! + maxSig(evidence) + w.length / 10,
      heading: `finding.${kind}`,
    };
  };
  const ids = (rs: Iterable<Row>) => [...new Set(rs)].sort((a, b) => a.index - b.index).map((r) => r.id);
  const maxSig = (rs: Row[]) => Math.max(0, ...rs.map((r) => r.sig));

  for (const child of children) {
    const mine = events.filter((e) => e.about.includes(child));
    const myPeriods = periods.filter((p) => p.subjectIds.includes(child)).map((p) => ({ p, from: dayNumber(p.from), to: endDay(p) }));
    const inPlan = (day: number) => myPeriods.find((x) => x.from <= day && day <= x.to);
    const concerns = mine.filter((e) => e.concern);

    // Repeated concern: outside open plans, in the stretches between assessments, plans or enquiries started.
    const answers = rows.filter((r) => answersConcerns(r.entry) && about(r).includes(child)).map((r) => rowDay(r));
    const segments = new Map<number, Ev[]>();
    for (const e of concerns) {
      if (inPlan(e.day)) continue;
      const seg = answers.filter((d) => d < e.day).length;
      const list = segments.get(seg);
      if (list) list.push(e);
      else segments.set(seg, [e]);
    }
    for (const seg of segments.values()) {
      for (const w of windowsOf(seg, th.repeatedConcern, win.repeatedConcern)) {
        if (onlyMissing(w)) continue; // the missing-episodes prompt says it
        const evidence = w.flatMap((e) => e.rows);
        let nfa = 0;
        w.forEach((e, i) => {
          const next = w[i + 1]?.day ?? e.day + 31;
          const own = e.rows.some((r) => saysNoFurtherAction(r.entry));
          const outcome = own
            ? undefined
            : outcomes.find((r) => {
                const d = rowDay(r);
                return d >= e.day && d <= Math.min(next, e.day + 30) && about(r).includes(child);
              });
          if (outcome) evidence.push(outcome);
          if (own || outcome) nfa++;
        });
        const outcome = nfa === w.length ? t('outcome.all-nfa') : nfa ? t('outcome.some-nfa', { nfa }) : '';
        const span = t('days', { count: w[w.length - 1]!.day - w[0]!.day });
        drafts.push(windowDraft('repeated-concern', 'repeated', child, w, evidence, { span, outcome }));
      }
    }

    // Plans as merged stretches of time, for drift and for concerns while a plan is open.
    const stretches = stretchesOf(myPeriods);
    const planRow = (p: PlanPeriod) => byId.get(p.entryId)!;
    const holders = new Set(myPeriods.map((x) => x.p.agencyId ?? ''));
    const visits = rows.filter((r) => {
      if (r.entry.category !== 'visit' || failedVisit(r.entry) || !about(r).includes(child)) return false;
      const s = sectors.get(r.agencyId);
      return !r.agencyId || holders.has(r.agencyId) || s === 'social-care' || s === 'early-help';
    });
    for (const s of stretches) {
      for (const d of driftInStretch(s, visits, child, driftContext)) {
        drafts.push({
          kind: 'drift',
          subjectIds: [child],
          entryIds: ids(d.evidence),
          from: d.from,
          to: d.to,
          count: d.count,
          make: (name, children) => d.make(name, children),
          weight: BASE.drift! + maxSig(d.plans) / 2 + Math.min(2, d.overrun - 1) + (d.open ? 1 : 0),
          heading: 'finding.drift',
        });
      }
      // Escalation: repeated concern events while a plan is open.
      // Counted under the plan each concern happened under: concerns before and after a step up from a child in need
      // plan to a child protection plan are two prompts, each naming its own plan.
      const during = concerns.filter((e) => e.day > s.from && e.day <= s.to);
      for (const { plan, events } of byPlanInForce(s, during)) {
        for (const w of windowsOf(events, th.escalation, win.escalation)) {
          if (onlyMissing(w)) continue;
          const evidence = [planRow(plan.p), ...w.flatMap((e) => e.rows)];
          drafts.push(windowDraft('escalation', 'escalation', child, w, evidence, { plan: t(`plan.${plan.p.kind}` as AnalysisKey) }));
        }
      }
    }

    // Missing: one episode per child per day, whoever recorded it.
    const episodes = new Map<string, { day: number; last: number; rows: Row[]; interviews: Row[] }>();
    for (const r of rows) {
      if (r.entry.category !== 'missing' || !about(r).includes(child)) continue;
      const key = r.precision === 'day' ? r.entry.date : `~${r.entry.date}`;
      const last = Math.max(rowDay(r), r.entry.endDate ? dayNumber(r.entry.endDate) : 0);
      const ep = episodes.get(key);
      if (!ep) episodes.set(key, { day: rowDay(r), last, rows: [r], interviews: [] });
      else {
        ep.rows.push(r);
        ep.last = Math.max(ep.last, last);
      }
    }
    const eps = [...episodes.values()].sort((a, b) => a.day - b.day);
    // A return interview belongs to the latest episode before it, within 28 days of the child's return.
    for (const r of rows) {
      if (!isReturnInterview(r.entry) || !about(r).includes(child)) continue;
      const d = rowDay(r);
      const ep = eps.filter((x) => x.day <= d).pop();
      if (ep && d - ep.last <= 28) ep.interviews.push(r);
    }
    const hasCsc = [...sectors.values()].includes('social-care');
    const byCsc = (r: Row) => sectors.get(r.agencyId) === 'social-care';
    for (const w of windowsOf(eps, th.missing, win.missing)) {
      const evidence = w.flatMap((e) => e.rows);
      const agencies = new Set(evidence.map((r) => r.agencyId).filter(Boolean));
      // Children's services knows of an episode it recorded, or whose return interview it recorded (held or declined).
      const unrecorded = hasCsc ? w.filter((e) => !e.rows.some(byCsc) && !e.interviews.some(byCsc)).length : 0;
      const held = w.filter((e) => e.interviews.some((r) => interviewHeld(r.entry))).length;
      const interviews =
        held === w.length
          ? t('missing.interviews-all') + t('missing.consider-pattern')
          : (held ? t('missing.interviews', { done: held, count: w.length - held }) : '') + t('missing.consider');
      const first = w[0]!.rows[0]!.entry.date,
        last = w[w.length - 1]!.rows[0]!.entry.date;
      drafts.push({
        kind: 'missing',
        subjectIds: [child],
        entryIds: ids([...evidence, ...w.flatMap((e) => e.interviews)]),
        from: first,
        to: last,
        count: w.length,
        make: (name) =>
          t('missing', {
            count: w.length,
            name,
            from: fmt(first),
            to: fmt(last),
            records: evidence.length,
            agencies: t('agencies', { count: agencies.size }),
          }) +
          (unrecorded ? t('missing.unrecorded', { count: unrecorded }) : '') +
          interviews,
        weight: BASE.missing! + maxSig(evidence) + w.length / 10 + (unrecorded ? 0.5 : 0),
        heading: 'finding.missing',
      });
    }

    // Rising significance across the recent events (notable and above) in the last window before asAt.
    const recent = mine.filter((e) => e.sig >= 1 && e.day > asAt - win.escalation).slice(-6);
    if (recent.length >= 4) {
      const half = Math.floor(recent.length / 2);
      const avg = (xs: Ev[]) => xs.reduce((s, e) => s + e.sig, 0) / xs.length;
      const before = avg(recent.slice(0, half)),
        after = avg(recent.slice(half));
      if (after - before >= 1 && recent[recent.length - 1]!.sig >= 2) {
        const evidence = recent.flatMap((e) => e.rows);
        const from = recent[0]!.rows[0]!.entry.date,
          to = recent[recent.length - 1]!.rows[0]!.entry.date;
        drafts.push({
          kind: 'escalation',
          subjectIds: [child],
          entryIds: ids(evidence),
          from,
          to,
          count: recent.length,
          make: (name) =>
            t('rising', {
              name,
              from: fmt(from),
              to: fmt(to),
              before: t(`sig.${Math.round(before)}` as AnalysisKey),
              after: t(`sig.${Math.round(after)}` as AnalysisKey),
            }),
          weight: BASE.rising! + maxSig(evidence),
          heading: 'finding.rising',
        });
      }
    }
  }
  const namesOf = (ids: string[]) => formatList(ids.map(nameOf), locale);
  return rankFindings(mergeAcrossChildren(drafts), byId, asAt, t, namesOf);
}

/** The same prompt for several children (siblings visited together, one incident about both) becomes one prompt. */
function mergeAcrossChildren(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const byKey = new Map<string, Draft>();
  for (const d of drafts) {
    const key = `${d.kind}|${d.from}|${d.to}|${d.count}|${d.entryIds.join(',')}`;
    const same = byKey.get(key);
    if (same) {
      // The first child's wording; subjectIds name every child it is about.
      same.subjectIds.push(...d.subjectIds);
    } else {
      byKey.set(key, d);
      out.push(d);
    }
  }
  return out;
}

function rankFindings(
  drafts: Draft[],
  byId: Map<string, Row>,
  asAt: number,
  t: (k: AnalysisKey, p?: Record<string, string | number>) => string,
  namesOf: (ids: string[]) => string,
): Finding[] {
  const recency = (d: Draft) => (asAt - dayNumber(d.to) <= 365 ? 1.5 : 0);
  const sorted = [...drafts].sort(
    (a, b) =>
      b.weight + recency(b) - (a.weight + recency(a)) ||
      dayNumber(b.to) - dayNumber(a.to) ||
      (b.count ?? 0) - (a.count ?? 0) ||
      a.kind.localeCompare(b.kind) ||
      a.entryIds[0]!.localeCompare(b.entryIds[0]!),
  );
  return sorted.map(({ weight: _w, heading, make, ...d }, i) => {
    const message = make(namesOf(d.subjectIds), d.subjectIds.length);
    const approximate = d.entryIds.some((id) => {
      const r = byId.get(id);
      return !!r && (r.precision !== 'day' || !!r.entry.approximate);
    });
    return { ...d, rank: i + 1, title: t(heading), approximate, message: approximate ? message + t('approximate') : message };
  });
}
