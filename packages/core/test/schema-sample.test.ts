import { expect } from '@open-wc/testing';
import * as S from '../src/schema/index.js';
import { daysBetween, parseCaseBundle, parseTeamBoard } from '../src/index.js';
import {
  HOSTILE_STRINGS,
  hostileBoard,
  hostileBundle,
  makeChronology,
  makeFamily,
  makeNetwork,
  sampleBoard,
  sampleCase,
} from '../sample/index.js';

type Rel = S.Relationship;
const people = sampleCase.people!;
const rels = sampleCase.relationships!;
const chron = sampleCase.chronology!;
const person = (id: string) => people.find((p) => p.id === id)!;
const parentsOf = (id: string, type?: string) =>
  rels
    .filter((r): r is S.ParentRelationship => r.kind === 'parent' && r.childId === id && (!type || r.type === type))
    .map((r) => r.parentId);
const KIDS = sampleCase.case.subjectIds!;
const isoDay = (d: string) => Date.parse(`${d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d}T00:00:00Z`) / 86_400_000;

/** Longest chain of biological, adoptive or legal parent links: the number of generations. */
function generations(bundle: S.CaseBundle): number {
  const parents = new Map<string, string[]>();
  for (const r of bundle.relationships ?? []) {
    if (r.kind === 'parent' && ['biological', 'adoptive', 'legal'].includes(r.type))
      parents.set(r.childId, [...(parents.get(r.childId) ?? []), r.parentId]);
  }
  const memo = new Map<string, number>();
  const depth = (id: string): number => {
    if (memo.has(id)) return memo.get(id)!;
    const d = 1 + Math.max(0, ...(parents.get(id) ?? []).map(depth));
    memo.set(id, d);
    return d;
  };
  return Math.max(0, ...(bundle.people ?? []).map((p) => depth(p.id)));
}

describe('the sample case: a family over three generations', () => {
  it('has at least 35 people over three living generations (and the great-grandparents who make Glenys Peggy’s sister), and 2-3 subject children', () => {
    expect(people.length).to.be.at.least(35);
    expect(generations(sampleCase)).to.equal(4);
    const eldest = ['p-gwilym', 'p-nest'].map((id) => person(id));
    expect(eldest.every((p) => p.deceased)).to.equal(true);
    expect(KIDS.length).to.be.within(2, 3);
  });

  it('has separations and new partners, and a same-sex couple', () => {
    const partners = rels.filter((r): r is S.PartnerRelationship => r.kind === 'partner');
    expect(partners.filter((r) => ['separated', 'divorced'].includes(r.status)).length).to.be.at.least(3);
    const count = new Map<string, number>();
    for (const r of partners) for (const id of [r.a, r.b]) count.set(id, (count.get(id) ?? 0) + 1);
    expect([...count.values()].filter((n) => n >= 2).length, 'people with more than one partner').to.be.at.least(3);
    expect(partners.some((r) => person(r.a).gender === person(r.b).gender)).to.equal(true);
  });

  it('has half-siblings and step-relationships', () => {
    const bio = (id: string) => new Set(parentsOf(id, 'biological'));
    const tyler = bio('p-tyler');
    const alfie = bio('p-alfie');
    const shared = [...tyler].filter((p) => alfie.has(p));
    expect(shared).to.have.length(1);
    expect(rels.filter((r) => r.kind === 'parent' && r.type === 'step').length).to.be.at.least(2);
  });

  it('has a deceased grandparent, one pair of twins, an ongoing pregnancy and a miscarriage', () => {
    const alan = person('p-alan');
    expect(alan.deceased).to.equal(true);
    expect(parentsOf(parentsOf('p-tyler', 'biological')[0]!)).to.include('p-alan');
    expect(rels.filter((r) => r.kind === 'twin')).to.have.length(1);
    expect(people.filter((p) => p.pregnancy?.outcome === 'ongoing')).to.have.length(1);
    expect(people.filter((p) => p.pregnancy?.outcome === 'miscarriage')).to.have.length(1);
  });

  it('has a child in kinship care with a grandparent, and a disputed paternity with a source', () => {
    const kin = rels.find((r): r is S.ParentRelationship => r.kind === 'parent' && r.type === 'kinship')!;
    expect(parentsOf(parentsOf(kin.childId, 'biological')[0]!)).to.include(kin.parentId);
    const disputed = rels.find((r): r is S.ParentRelationship => r.kind === 'parent' && !!r.disputed)!;
    expect(disputed.source).to.be.a('string').with.length.greaterThan(20);
  });

  it('has emotional relationships (close, conflict, cut-off, violence with a direction) and informal supports', () => {
    const qualities = rels.filter((r): r is S.EmotionalRelationship => r.kind === 'emotional');
    for (const q of ['close', 'conflict', 'cut-off', 'violence']) expect(qualities.map((r) => r.quality)).to.include(q);
    expect(qualities.find((r) => r.quality === 'violence')!.direction).to.equal('a-to-b');
    const supports = rels.filter((r) => r.kind === 'support').map((r) => r.label ?? '');
    expect(supports.join(' '))
      .to.match(/neighbour/)
      .and.to.match(/faith/)
      .and.to.match(/friend/);
  });

  it('has households over time, a confidential address, and no consanguinity', () => {
    const hh = sampleCase.households!;
    expect(hh.filter((h) => h.from && h.to).length).to.be.at.least(3);
    expect(hh.filter((h) => h.from && !h.to).length).to.be.at.least(2);
    expect(people.filter((p) => p.confidentialAddress)).to.have.length(1);
    expect(rels.some((r) => r.kind === 'partner' && r.consanguineous)).to.equal(false);
  });
});

describe('the sample case: the team around the family', () => {
  const pros = sampleCase.professionals!;
  const inv = sampleCase.involvements!;
  it('has 12+ professionals across sectors, one with a sensitive role', () => {
    expect(pros.length).to.be.at.least(12);
    const sectors = new Set(pros.map((p) => sampleCase.agencies!.find((a) => a.id === p.agencyId)!.sector));
    expect(sectors.size).to.be.at.least(8);
    expect(pros.filter((p) => p.sensitiveRole)).to.have.length(1);
  });

  it('uses only fictional phone numbers (Ofcom drama range) and example e-mail domains', () => {
    for (const p of pros) {
      if (p.phone) expect(p.phone).to.match(/^01632 960\d{3}$/);
      if (p.email) expect(p.email).to.match(/@(example\.(gov\.uk|org|nhs\.uk|sch\.uk)|police\.example\.gov\.uk)$/);
    }
  });

  it('has exactly one current lead, ended involvements, every strength and consent value, and old last contacts', () => {
    expect(inv.filter((i) => i.lead && !i.to)).to.have.length(1);
    expect(inv.filter((i) => i.to).length).to.be.at.least(4);
    for (const s of S.STRENGTHS) expect(inv.map((i) => i.strength)).to.include(s);
    for (const c of S.CONSENTS) expect(inv.map((i) => i.consent)).to.include(c);
    expect(inv.some((i) => i.lastContact && i.lastContact < '2022-06')).to.equal(true);
  });
});

describe('the sample case: the chronology', () => {
  it('has 300+ entries over 2019-2025 from at least 8 agencies', () => {
    expect(chron.length).to.be.at.least(300);
    const years = new Set(chron.map((e) => e.date.slice(0, 4)));
    for (let y = 2019; y <= 2025; y++) expect(years.has(String(y)), String(y)).to.equal(true);
    expect(new Set(chron.map((e) => e.sourceAgencyId).filter(Boolean)).size).to.be.at.least(8);
  });

  it('uses every category and significance, partial and approximate dates, same-day sequences', () => {
    for (const c of S.CATEGORIES)
      expect(
        chron.some((e) => e.category === c),
        c,
      ).to.equal(true);
    for (const s of S.SIGNIFICANCES)
      expect(
        chron.some((e) => e.significance === s),
        s,
      ).to.equal(true);
    expect(chron.some((e) => e.date.length === 4)).to.equal(true);
    expect(chron.some((e) => e.date.length === 7)).to.equal(true);
    expect(chron.filter((e) => e.approximate).length).to.be.at.least(3);
    const byDay = new Map<string, S.ChronologyEntry[]>();
    for (const e of chron) if (e.sequence !== undefined) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
    expect([...byDay.values()].filter((l) => l.length >= 2).length).to.be.at.least(3);
  });

  it('has periods with an end, and an open plan and placement', () => {
    expect(chron.filter((e) => e.endDate && e.category === 'plan').length).to.be.at.least(2);
    expect(chron.filter((e) => e.endDate && e.category === 'missing').length).to.be.at.least(3);
    expect(chron.filter((e) => !e.endDate && e.category === 'plan')).to.have.length(1);
    expect(chron.filter((e) => !e.endDate && e.category === 'placement')).to.have.length(1);
  });

  it('has entries about two children, disputed entries with the family’s view, restricted and third-party entries, and provenance', () => {
    expect(chron.filter((e) => (e.subjectIds ?? []).filter((s) => KIDS.includes(s)).length >= 2).length).to.be.at.least(20);
    const disputed = chron.filter((e) => e.disputed);
    expect(disputed.length).to.be.at.least(3);
    for (const e of disputed) expect(e.familyView, e.id).to.be.a('string');
    expect(chron.filter((e) => e.confidentiality === 'restricted').length).to.be.at.least(3);
    expect(chron.filter((e) => e.confidentiality === 'third-party').length).to.be.at.least(3);
    expect(chron.filter((e) => e.sourceRef?.system && e.sourceRef.recordId).length).to.be.greaterThan(chron.length / 2);
    const urls = chron.map((e) => e.sourceRef?.url).filter(Boolean) as string[];
    expect(urls.length).to.be.at.least(5);
    for (const u of urls) expect(u).to.match(/^https:\/\//);
  });

  it('fills impact and action on every significant and critical entry', () => {
    const missing = chron.filter((e) => (e.significance === 'significant' || e.significance === 'critical') && !(e.impact && e.action));
    expect(missing.map((e) => e.id)).to.deep.equal([]);
  });

  it('holds a cluster of 3+ police or school contacts about Tyler within 12 months with no assessment', () => {
    const about = chron.filter((e) => e.subjectIds?.includes('p-tyler') && e.date.length === 10);
    const contacts = about.filter((e) => e.sourceAgencyId === 'a-police' || e.sourceAgencyId?.startsWith('a-school'));
    const found = contacts.some((first) => {
      const window = contacts.filter((e) => isoDay(e.date) >= isoDay(first.date) && isoDay(e.date) - isoDay(first.date) <= 365);
      const last = window.at(-1)!;
      const assessed = about.some((e) => e.category === 'assessment' && e.date >= first.date && e.date <= last.date);
      return window.length >= 3 && !assessed;
    });
    expect(found).to.equal(true);
  });

  it('holds a drift: more than 42 days without a visit during the open child protection plan', () => {
    const open = chron.find((e) => e.category === 'plan' && !e.endDate)!;
    const visits = chron.filter((e) => e.category === 'visit' && e.sourceAgencyId === 'a-csc' && e.date >= open.date).map((e) => e.date);
    const gaps = visits.slice(1).map((d, i) => daysBetween(visits[i]!, d));
    expect(Math.max(...gaps)).to.be.greaterThan(42);
    expect(gaps.filter((g) => g > 42)).to.have.length(1);
  });

  it('holds a cluster of missing episodes with escalating significance', () => {
    const missing = chron.filter((e) => e.category === 'missing' && e.date >= '2023' && e.date < '2023-06');
    expect(missing.length).to.be.at.least(3);
    const rank = (e: S.ChronologyEntry) => S.SIGNIFICANCES.indexOf(e.significance);
    expect(rank(missing[0]!)).to.be.lessThan(Math.max(...missing.map(rank)));
    expect(missing.some((e) => e.significance === 'critical')).to.equal(true);
  });

  it('holds near-duplicate entries from two agencies for the same incident', () => {
    const pairs = chron.flatMap((a, i) =>
      chron
        .slice(i + 1)
        .filter(
          (b) =>
            b.date === a.date &&
            b.category === a.category &&
            b.sourceAgencyId !== a.sourceAgencyId &&
            a.date.length === 10 &&
            ['police', 'health'].includes(a.category),
        )
        .map((b) => [a, b]),
    );
    expect(pairs.length).to.be.at.least(2);
  });
});

describe('the sample case: the Signs of Safety plan', () => {
  const plan = sampleCase.safetyPlans![0]!;
  it('is agreed, version 3, for the subject children, with every section filled', () => {
    expect(plan.status).to.equal('agreed');
    expect(plan.version).to.equal(3);
    expect(plan.childIds).to.deep.equal(KIDS);
    for (const k of [...S.STATEMENT_SECTIONS, 'nextSteps', 'scales', 'network'] as const)
      expect(plan[k], k).to.be.an('array').that.is.not.empty;
    expect(plan.childView!.consentToShare).to.equal(true);
    for (const k of ['worries', 'goodThings', 'dreams'] as const) expect(plan.childView![k]).to.not.be.empty;
  });

  it('links danger statements to safety goals, leaving one danger statement without a goal', () => {
    const goals = new Set(plan.safetyGoals!.map((s) => s.id));
    const linked = plan.dangerStatements!.filter((d) => d.linkedIds?.some((id) => goals.has(id)));
    expect(linked.length).to.equal(plan.dangerStatements!.length - 1);
  });

  it('has rules in the family’s words, agreed and disputed worries, network people and professionals', () => {
    expect(plan.rules!.every((r) => r.familyWords)).to.equal(true);
    expect(plan.harm!.some((s) => s.agreedBy?.length) && plan.harm!.some((s) => s.disputedBy?.length)).to.equal(true);
    const members = plan.network!.map((m) => m.memberId);
    expect(members.some((m) => people.some((p) => p.id === m))).to.equal(true);
    expect(members.some((m) => sampleCase.professionals!.some((p) => p.id === m))).to.equal(true);
  });

  it('has next steps with owners, due dates and every status, some overdue', () => {
    for (const s of S.ACTION_STATUSES) expect(plan.nextSteps!.map((a) => a.status)).to.include(s);
    const overdue = plan.nextSteps!.filter((a) => a.due && a.due < '2025-09-30' && a.status !== 'done');
    expect(overdue.length).to.be.at.least(2);
    expect(plan.nextSteps!.every((a) => a.owner)).to.equal(true);
  });

  it('has scaling by a parent, the child, the social worker and other professionals over three reviews', () => {
    const dates = [...new Set(plan.scales!.map((s) => s.at))];
    expect(dates).to.have.length(3);
    for (const by of ['p-kayleigh', 'p-tyler', 'pr-sophie', 'pr-bethan', 'pr-hartley']) {
      expect(
        plan.scales!.filter((s) => s.by === by),
        by,
      ).to.have.length(3);
    }
  });

  it('keeps the earlier revisions in the audit trail, ending with the current plan', () => {
    const trail = sampleCase.audit!.filter((a) => a.entity === 'SafetyPlan' && a.entityId === plan.id);
    expect(trail.map((a) => a.op)).to.deep.equal(['create', 'update', 'update', 'update']);
    expect(trail.map((a) => (a.after as S.SafetyPlan).version)).to.deep.equal([0, 1, 2, 3]);
    expect(trail.at(-1)!.after).to.deep.equal(plan);
    for (const a of trail.slice(1)) expect((a.before as S.SafetyPlan).version).to.equal((a.after as S.SafetyPlan).version - 1);
  });
});

describe('the sample team board', () => {
  const bl = sampleBoard.blockages!;
  it('has 25+ blockages using every category and status, and 6+ debriefs that reference them', () => {
    expect(bl.length).to.be.at.least(25);
    for (const c of S.BLOCKAGE_CATEGORIES) expect(bl.map((b) => b.category)).to.include(c);
    for (const s of S.BLOCKAGE_STATUSES) expect(bl.map((b) => b.status)).to.include(s);
    expect(sampleBoard.debriefs!.length).to.be.at.least(6);
    const ids = new Set(bl.map((b) => b.id));
    for (const d of sampleBoard.debriefs!) for (const id of d.discussedIds ?? []) expect(ids.has(id), id).to.equal(true);
  });

  it('has resolved blockages spread over several months, anonymous ones, metToo, hours, owners and actions', () => {
    const resolved = bl.filter((b) => b.status === 'resolved');
    expect(resolved.every((b) => b.resolvedAt && b.resolution)).to.equal(true);
    expect(new Set(resolved.map((b) => b.resolvedAt!.slice(0, 7))).size).to.be.at.least(6);
    expect(bl.filter((b) => b.status !== 'resolved').every((b) => !b.resolvedAt)).to.equal(true);
    expect(bl.filter((b) => !b.raisedBy).length).to.be.at.least(3);
    expect(bl.filter((b) => (b.metToo ?? 0) > 0).length).to.be.at.least(20);
    expect(bl.filter((b) => b.hoursLostPerWeek !== undefined).length).to.be.at.least(20);
    expect(bl.filter((b) => b.owner).length).to.be.at.least(15);
    expect(bl.filter((b) => b.actions?.length).length).to.be.at.least(15);
  });

  it('never names a family member or a case number on a card', () => {
    const text = JSON.stringify(sampleBoard);
    for (const p of people) {
      for (const name of [p.givenName, p.familyName])
        if (name) expect(new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, 'u').test(text), name).to.equal(false);
    }
    expect(text).not.to.match(/case-evans|C-3100|P-2001/);
  });
});

describe('the sample JSON is plain JSON', () => {
  it('has no undefined values, functions or dates: it survives JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(sampleCase))).to.deep.equal(sampleCase);
    expect(JSON.parse(JSON.stringify(sampleBoard))).to.deep.equal(sampleBoard);
  });
});

describe('scale generators', () => {
  it('makeChronology(n, seed) returns a valid bundle with exactly n entries, deterministic for a seed', () => {
    for (const n of [0, 1, 900, 5000]) {
      const b = makeChronology(n, 3);
      const { value, issues } = parseCaseBundle(b);
      expect(issues, `n=${n}`).to.deep.equal([]);
      expect(value.chronology).to.have.length(n);
    }
    expect(makeChronology(200, 5)).to.deep.equal(makeChronology(200, 5));
    expect(makeChronology(200, 5)).not.to.deep.equal(makeChronology(200, 6));
    const b = makeChronology(2000, 1);
    expect(new Set(b.chronology!.map((e) => e.sourceAgencyId)).size).to.be.at.least(8);
    expect(new Set(b.chronology!.map((e) => e.date.slice(0, 4))).size).to.equal(7);
    expect(
      b.chronology!.some((e) => e.approximate) && b.chronology!.some((e) => e.date.length < 10) && b.chronology!.some((e) => e.endDate),
    ).to.equal(true);
  });

  const families: [number, number][] = [
    [1, 1],
    [10, 2],
    [46, 3],
    [300, 5],
    [1000, 6],
  ];
  for (const [n, g] of families) {
    it(`makeFamily(${n}, ${g}) returns exactly ${n} valid people over ${g} generations`, () => {
      const b = makeFamily(n, g, 11);
      const { issues } = parseCaseBundle(b);
      expect(issues).to.deep.equal([]);
      expect(b.people).to.have.length(n);
      if (n > 1) expect(generations(b)).to.equal(g);
    });
  }

  it('makeFamily(300, 5) has partnerships with remarriages, separations, twins, adoption and deceased people', () => {
    const b = makeFamily(300, 5, 4);
    const r: Rel[] = b.relationships!;
    const partners = r.filter((x): x is S.PartnerRelationship => x.kind === 'partner');
    const count = new Map<string, number>();
    for (const x of partners) for (const id of [x.a, x.b]) count.set(id, (count.get(id) ?? 0) + 1);
    expect([...count.values()].some((c) => c >= 2)).to.equal(true);
    expect(partners.some((x) => x.status === 'divorced' || x.status === 'separated')).to.equal(true);
    expect(r.some((x) => x.kind === 'twin')).to.equal(true);
    expect(b.people!.some((p) => p.deceased)).to.equal(true);
    expect(makeFamily(300, 5, 4)).to.deep.equal(b);
  });

  for (const n of [10, 150, 600]) {
    it(`makeNetwork(${n}) has ${n} people, professionals and agencies, with involvements and one current lead`, () => {
      const b = makeNetwork(n, 2);
      const { issues } = parseCaseBundle(b);
      expect(issues).to.deep.equal([]);
      expect(b.people!.length + b.professionals!.length + b.agencies!.length).to.equal(n);
      expect(b.involvements!.length).to.be.at.least(b.professionals!.length);
      expect(b.involvements!.filter((i) => i.lead && !i.to)).to.have.length(1);
    });
  }
});

describe('hostile generators', () => {
  it('hostileBundle() puts every hostile string into the bundle and covers every record type', () => {
    const b = hostileBundle();
    const json = JSON.stringify(b);
    for (const s of HOSTILE_STRINGS) expect(json.includes(JSON.stringify(s).slice(1, -1)), s).to.equal(true);
    for (const k of [
      'people',
      'relationships',
      'households',
      'agencies',
      'professionals',
      'involvements',
      'chronology',
      'safetyPlans',
      'audit',
    ] as const)
      expect(b[k], k).to.not.be.empty;
    expect(new Set(b.relationships!.map((r) => r.kind)).size).to.equal(5);
    expect(b.chronology!.map((e) => e.sourceRef?.url)).to.include('javascript:alert(1)');
    expect(parseCaseBundle(b).issues).to.deep.equal([]);
    expect(parseTeamBoard(hostileBoard()).issues).to.deep.equal([]);
  });

  it('hostileBundle({ huge: true }) has 1 MB strings in its text fields', () => {
    const b = hostileBundle({ huge: true });
    expect(b.people![0]!.givenName!.length).to.equal(1_048_576);
    expect(b.chronology![0]!.summary!.length).to.equal(1_048_576);
    expect(b.safetyPlans![0]!.harm![0]!.text.length).to.equal(1_048_576);
    expect(hostileBoard({ huge: true }).blockages![0]!.detail!.length).to.equal(1_048_576);
  });
});
