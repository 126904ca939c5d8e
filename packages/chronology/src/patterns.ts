import { dayOf, formatPartialDate, type Category, type DateLocale } from '@opencasework/core';
import { chronologyMessages, type ChronologyKey } from './messages/index.js';
import type { ChronologyModel, Row } from './model.js';

const DAY = 86_400_000;

/** @deprecated The first version's finding; the package's `Finding` is now findPatterns' (analysis/find-patterns.ts). */
export type Finding = PatternFinding;

export type FindingKind = 'repeated-concern' | 'drift' | 'escalation' | 'missing-cluster';

/**
 * A pattern in the recorded entries that may deserve a second look (the first version's shape).
 * @deprecated Use `findPatterns` and its `Finding` (analysis/find-patterns.ts): these rules count records, not events,
 * count phone calls as concerns and visits, and keep plans without an end date open forever.
 */
export interface PatternFinding {
  kind: FindingKind;
  severity: 'prompt' | 'concern';
  explanation: string;
  /** The entries that triggered it, in date order. */
  entryIds: string[];
  /** The child it is about, where it is about one child. */
  personId?: string;
  /** True when some dates are known only to the month or year. */
  approximate: boolean;
}

export interface PatternConfig {
  repeatedConcern: { enabled: boolean; count: number; windowDays: number; concernCategories: Category[]; assessmentCategories: Category[] };
  drift: { enabled: boolean; days: number; contactCategories: Category[]; planCategories: Category[] };
  escalation: { enabled: boolean; recent: number; minRise: number };
  missing: { enabled: boolean; count: number; windowDays: number };
}

export const DEFAULT_PATTERN_CONFIG: PatternConfig = {
  repeatedConcern: {
    enabled: true,
    count: 3,
    windowDays: 365,
    concernCategories: ['referral', 'contact', 'incident', 'police'],
    assessmentCategories: ['assessment'],
  },
  drift: { enabled: true, days: 42, contactCategories: ['visit', 'contact'], planCategories: ['plan'] },
  escalation: { enabled: true, recent: 6, minRise: 1 },
  missing: { enabled: true, count: 3, windowDays: 90 },
};

/** Deep-merges a host's partial configuration over the defaults. */
export function resolvePatternConfig(partial: DeepPartial<PatternConfig> | undefined): PatternConfig {
  const d = DEFAULT_PATTERN_CONFIG;
  const p = partial ?? {};
  return {
    repeatedConcern: { ...d.repeatedConcern, ...(p.repeatedConcern as Partial<PatternConfig['repeatedConcern']>) },
    drift: { ...d.drift, ...(p.drift as Partial<PatternConfig['drift']>) },
    escalation: { ...d.escalation, ...(p.escalation as Partial<PatternConfig['escalation']>) },
    missing: { ...d.missing, ...(p.missing as Partial<PatternConfig['missing']>) },
  };
}
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

export interface DetectOptions {
  locale?: DateLocale;
  /** How people are named in explanations (e.g. roles in an anonymised view). Defaults to the model's names. */
  nameOf?: (personId: string) => string;
  /** The day open plans are checked up to (UTC ms). Defaults to now. */
  asAt?: number;
  config?: DeepPartial<PatternConfig>;
}

/** Which children to look at: the case's subject children, or everyone named by an entry when none are given. */
function childrenToCheck(model: ChronologyModel): string[] {
  if (model.subjectIds.length) return model.subjectIds;
  return model.people.map((p) => p.id);
}

/** An entry about no one in particular concerns every subject child. */
const concerns = (row: Row, child: string, model: ChronologyModel) =>
  row.subjectIds.includes(child) || (row.subjectIds.length === 0 && model.subjectIds.includes(child));

/**
 * Finds clusters of at least `count` rows with each cluster's first and last within `windowDays`. Overlapping
 * qualifying windows are merged into one cluster. Rows must be in date order.
 */
export function clusters(rows: readonly Row[], count: number, windowDays: number): Row[][] {
  const out: Row[][] = [];
  let current: { from: number; to: number } | null = null;
  let j = 0;
  for (let i = 0; i < rows.length; i++) {
    if (j < i) j = i;
    while (j + 1 < rows.length && rows[j + 1]!.mid - rows[i]!.mid <= windowDays * DAY) j++;
    if (j - i + 1 >= Math.max(1, count)) {
      if (current && i <= current.to) current.to = Math.max(current.to, j);
      else {
        if (current) out.push(rows.slice(current.from, current.to + 1));
        current = { from: i, to: j };
      }
    }
  }
  if (current) out.push(rows.slice(current.from, current.to + 1));
  return out;
}

/**
 * Runs the first version's four detectors over the rows given.
 * @deprecated Use `findPatterns(bundle, options)`: it works on events merged across agencies, counts only concerns
 * (never routine calls or checks), ends plans at their closure, counts missing episodes once per child per day, and
 * keeps every prompt inside its window. Kept unchanged for hosts that call it.
 */
export function detectPatterns(model: ChronologyModel, rows: readonly Row[] = model.rows, options: DetectOptions = {}): PatternFinding[] {
  const cfg = resolvePatternConfig(options.config);
  const locale = options.locale ?? 'en';
  const t = (key: ChronologyKey, p: Record<string, string | number>) => chronologyMessages.t(locale, key, p);
  const nameOf = options.nameOf ?? ((id: string) => model.personName.get(id) ?? id);
  const fmt = (r: Row) => formatPartialDate(r.entry.date, locale, { approximate: r.entry.approximate });
  // Rows are on a UTC day axis (as the model builds it): a moment on it is the UTC day it falls on.
  const fmtMs = (ms: number) => formatPartialDate(dayOf(ms, 'UTC'), locale);
  const findings: PatternFinding[] = [];
  const add = (kind: FindingKind, severity: PatternFinding['severity'], text: string, group: Row[], personId?: string) => {
    const approximate = group.some((r) => r.precision !== 'day' || r.entry.approximate);
    findings.push({
      kind,
      severity,
      entryIds: group.map((r) => r.id),
      approximate,
      explanation: approximate ? `${text} ${t('explain.approximate', {})}` : text,
      ...(personId ? { personId } : {}),
    });
  };
  const children = childrenToCheck(model);

  if (cfg.repeatedConcern.enabled) {
    const concernCats = new Set<string>(cfg.repeatedConcern.concernCategories);
    const assessCats = new Set<string>(cfg.repeatedConcern.assessmentCategories);
    for (const child of children) {
      // An assessment about the child resets the count: concerns are grouped into the stretches between assessments.
      let segment: Row[] = [];
      const flush = () => {
        for (const c of clusters(segment, cfg.repeatedConcern.count, cfg.repeatedConcern.windowDays)) {
          const months = Math.max(1, Math.round((c[c.length - 1]!.mid - c[0]!.mid) / (30.44 * DAY)));
          add(
            'repeated-concern',
            'concern',
            t('explain.repeated-concern', {
              count: c.length,
              name: nameOf(child),
              from: fmt(c[0]!),
              to: fmt(c[c.length - 1]!),
              months,
            }),
            c,
            child,
          );
        }
        segment = [];
      };
      for (const r of rows) {
        if (!concerns(r, child, model)) continue;
        if (assessCats.has(r.entry.category)) flush();
        else if (concernCats.has(r.entry.category)) segment.push(r);
      }
      flush();
    }
  }

  if (cfg.drift.enabled) {
    const contactCats = new Set<string>(cfg.drift.contactCategories);
    const planCats = new Set<string>(cfg.drift.planCategories);
    const asAt = options.asAt ?? Date.now();
    const plans = rows.filter((r) => planCats.has(r.entry.category) && (r.entry.endDate || r.open));
    // Contacts sorted by their point on the axis, so each plan finds its own with a binary search.
    const allContacts = rows.filter((r) => contactCats.has(r.entry.category)).sort((a, b) => a.mid - b.mid);
    const firstAtOrAfter = (t: number) => {
      let lo = 0,
        hi = allContacts.length;
      while (lo < hi) {
        const m = (lo + hi) >>> 1;
        if (allContacts[m]!.mid < t) lo = m + 1;
        else hi = m;
      }
      return lo;
    };
    for (const plan of plans) {
      const end = Math.min(plan.entry.endDate ? plan.periodEnd! : asAt, asAt);
      const about = plan.subjectIds.length ? plan.subjectIds : model.subjectIds;
      const contacts: Row[] = [];
      for (let i = firstAtOrAfter(plan.start); i < allContacts.length && allContacts[i]!.mid <= end; i++) {
        const r = allContacts[i]!;
        if (r.subjectIds.length === 0 || about.length === 0 || r.subjectIds.some((id) => about.includes(id))) contacts.push(r);
      }
      // Stretches with no contact: plan start to first contact, between contacts, last contact to plan end (or today).
      const points: { at: number; row: Row | null }[] = [
        { at: plan.start, row: null },
        ...contacts.map((r) => ({ at: r.mid, row: r })),
        { at: end, row: null },
      ];
      for (let i = 1; i < points.length; i++) {
        const a = points[i - 1]!,
          b = points[i]!;
        const days = Math.floor((b.at - a.at) / DAY);
        if (days > cfg.drift.days) {
          const group = [plan, ...(a.row ? [a.row] : []), ...(b.row ? [b.row] : [])];
          add(
            'drift',
            'concern',
            t('explain.drift', {
              days,
              from: a.row ? fmt(a.row) : fmt(plan),
              to: b.row ? fmt(b.row) : fmtMs(b.at),
              plan: plan.entry.title,
            }),
            group,
            about.length === 1 ? about[0] : undefined,
          );
        }
      }
    }
  }

  if (cfg.escalation.enabled) {
    const n = Math.max(2, cfg.escalation.recent);
    const sigName = (avg: number) =>
      t(
        (['sig.routine', 'sig.notable', 'sig.significant', 'sig.critical'] as const)[Math.min(3, Math.max(0, Math.round(avg)))]!,
        {},
      ).toLowerCase();
    for (const child of children) {
      const about = rows.filter((r) => concerns(r, child, model));
      if (about.length < n) continue;
      const recent = about.slice(-n);
      const half = Math.floor(n / 2);
      const avg = (xs: Row[]) => xs.reduce((s, r) => s + r.sig, 0) / xs.length;
      const before = avg(recent.slice(0, half)),
        after = avg(recent.slice(half));
      if (after - before >= cfg.escalation.minRise && recent[recent.length - 1]!.sig >= 2) {
        add(
          'escalation',
          'prompt',
          t('explain.escalation', { count: n, name: nameOf(child), before: sigName(before), after: sigName(after) }),
          recent,
          child,
        );
      }
    }
  }

  if (cfg.missing.enabled) {
    for (const child of children) {
      const missing = rows.filter((r) => r.entry.category === 'missing' && concerns(r, child, model));
      for (const c of clusters(missing, cfg.missing.count, cfg.missing.windowDays)) {
        add(
          'missing-cluster',
          'concern',
          t('explain.missing-cluster', { count: c.length, name: nameOf(child), from: fmt(c[0]!), to: fmt(c[c.length - 1]!) }),
          c,
          child,
        );
      }
    }
  }
  return findings;
}
