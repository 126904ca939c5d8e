import type {
  Agency,
  CaseBundle,
  ChronologyEntry,
  Household,
  Involvement,
  Person,
  Professional,
  Relationship,
} from '../src/schema/index.js';
import { CASE_BUNDLE_SCHEMA, CATEGORIES, SECTORS, SIGNIFICANCES } from '../src/schema/index.js';
import { addDays, fromDay, instant, makeRng, toDay, type Rng } from './prng.js';

/*
 * Scale generators: valid bundles of any size, deterministic for a seed. Names and content are synthetic.
 * Each returns a bundle that parseCaseBundle accepts with zero issues.
 */

const GIVEN_F = [
  'Amelia',
  'Olivia',
  'Isla',
  'Ffion',
  'Seren',
  'Cerys',
  'Megan',
  'Chloe',
  'Grace',
  'Lowri',
  'Ava',
  'Eira',
  'Nia',
  'Poppy',
  'Sophie',
  'Mali',
  'Ruby',
  'Alys',
  'Zara',
  'Aisha',
];
const GIVEN_M = [
  'Oliver',
  'Jac',
  'Harry',
  'Osian',
  'Dylan',
  'Rhys',
  'Noah',
  'Tomos',
  'Alfie',
  'Gethin',
  'Leo',
  'Ioan',
  'Mason',
  'Finley',
  'Callum',
  'Elis',
  'Arthur',
  'Idris',
  'Yusuf',
  'Kai',
];
const FAMILY = [
  'Jones',
  'Williams',
  'Davies',
  'Evans',
  'Thomas',
  'Roberts',
  'Lewis',
  'Hughes',
  'Morgan',
  'Griffiths',
  'Edwards',
  'Owen',
  'Price',
  'Jenkins',
  'Phillips',
  'Rees',
  'Khan',
  'Nowak',
  'Ahmed',
  'Walsh',
];

const SECTOR_AGENCY: Record<string, string> = {
  'social-care': "Children's Services",
  health: 'University Health Board',
  education: 'Primary School',
  police: 'Police',
  probation: 'Probation Service',
  housing: 'Housing Association',
  'youth-justice': 'Youth Justice Service',
  'early-help': 'Early Help Team',
  'mental-health': 'CAMHS',
  'substance-misuse': 'Drug and Alcohol Service',
  voluntary: "Women's Aid",
  other: 'Community Centre',
};
const ROLES: Record<string, string[]> = {
  'social-care': ['Social Worker', 'Team Manager', 'Family Support Worker'],
  health: ['Health Visitor', 'School Nurse', 'GP', 'Paediatrician'],
  education: ['Designated Safeguarding Person', 'Class Teacher', 'Head of Year'],
  police: ['Police Constable', 'Detective Sergeant'],
  probation: ['Probation Officer'],
  housing: ['Housing Officer'],
  'youth-justice': ['Youth Justice Worker'],
  'early-help': ['Key Worker'],
  'mental-health': ['Clinical Psychologist', 'Mental Health Nurse'],
  'substance-misuse': ['Recovery Worker'],
  voluntary: ['Outreach Worker'],
  other: ['Youth Worker'],
};
const TITLES: Record<string, string[]> = {
  referral: ['Referral received', 'Referral from school', 'Referral from police'],
  contact: ['Phone call with parent', 'Contact with the family'],
  assessment: ['Child and family assessment', 'Assessment update'],
  visit: ['Home visit', 'Unannounced home visit', 'Visit to the child at school'],
  meeting: ['Core group meeting', 'Strategy discussion', 'Professionals meeting'],
  conference: ['Child protection conference', 'Review conference'],
  plan: ['Child in need plan', 'Child protection plan'],
  incident: ['Incident at school', 'Incident at home'],
  police: ['Police attended a domestic incident', 'Police welfare check'],
  health: ['GP appointment', 'Emergency Department attendance', 'Health visitor contact'],
  education: ['Attendance report', 'School exclusion', 'Parents’ evening'],
  court: ['Court hearing', 'Order made'],
  placement: ['Placement started', 'Kinship placement'],
  missing: ['Missing episode', 'Missing overnight'],
  decision: ['Management decision', 'Front door decision'],
  closure: ['Case closed', 'Service closed'],
  other: ['Change of address', 'Family news'],
};

const pad = (n: number, w = 4) => String(n).padStart(w, '0');
const partial = (rng: Rng, iso: string): { date: string; approximate?: boolean } => {
  const r = rng.next();
  if (r < 0.04) return { date: iso.slice(0, 4), approximate: true };
  if (r < 0.12) return { date: iso.slice(0, 7), ...(rng.chance(0.5) ? { approximate: true } : {}) };
  return { date: iso, ...(rng.chance(0.03) ? { approximate: true } : {}) };
};

function agenciesFor(count: number): Agency[] {
  return Array.from({ length: count }, (_, i) => {
    const sector = SECTORS[i % SECTORS.length]!;
    return {
      id: `ag-${pad(i + 1, 3)}`,
      name: `${['Glanrhyd', 'Aberwen', 'Pen-y-bont', 'Caerwyn'][Math.floor(i / SECTORS.length) % 4]} ${SECTOR_AGENCY[sector]}`,
      sector,
    };
  });
}

/**
 * A valid case bundle with `n` chronology entries spread over 2019–2025 across ten agencies, with partial and
 * approximate dates, same-day sequences, periods, disputed and restricted entries.
 */
export function makeChronology(n: number, seed = 1): CaseBundle {
  const rng = makeRng(seed);
  const agencies = agenciesFor(10);
  const people: Person[] = [
    { id: 'gp-mother', givenName: 'Carys', familyName: 'Roberts', gender: 'female', dateOfBirth: '1990-03-04' },
    { id: 'gp-father', givenName: 'Dean', familyName: 'Roberts', gender: 'male', dateOfBirth: '1988' },
    { id: 'gp-child-1', givenName: 'Lily', familyName: 'Roberts', gender: 'female', dateOfBirth: '2012-06-01' },
    { id: 'gp-child-2', givenName: 'Osian', familyName: 'Roberts', gender: 'male', dateOfBirth: '2016-10-20' },
    { id: 'gp-child-3', givenName: 'Mia', familyName: 'Roberts', gender: 'female', dateOfBirth: '2020-02-14' },
  ];
  const children = people.slice(2).map((p) => p.id);
  const start = toDay('2019-01-01');
  const span = toDay('2025-12-31') - start;
  const days = Array.from({ length: n }, () => start + Math.floor(rng.next() * span)).sort((a, b) => a - b);
  const chronology: ChronologyEntry[] = [];
  let prevDay = -1;
  let seq = 0;
  days.forEach((day, i) => {
    const iso = fromDay(day);
    seq = day === prevDay ? seq + 1 : 1;
    prevDay = day;
    const category = CATEGORIES[Math.floor(rng.next() * CATEGORIES.length)]!;
    const r = rng.next();
    const significance = SIGNIFICANCES[r < 0.55 ? 0 : r < 0.8 ? 1 : r < 0.95 ? 2 : 3];
    const agency = agencies[Math.floor(rng.next() * agencies.length)]!;
    const { date, approximate } = partial(rng, iso);
    const subjects = children.filter(() => rng.chance(0.5));
    const e: ChronologyEntry = {
      id: `gc-${pad(i + 1, 6)}`,
      date,
      title: rng.pick(TITLES[category]!),
      category,
      significance,
      sourceAgencyId: agency.id,
      subjectIds: subjects.length ? subjects : [children[0]!],
      recordedAt: instant(addDays(iso, rng.int(0, 5)), '11:00'),
      recordedBy: `${rng.pick(GIVEN_F)} ${rng.pick(FAMILY)}`,
    };
    if (approximate) e.approximate = true;
    if (date.length === 10) {
      e.sequence = seq;
      if (rng.chance(0.2)) e.time = `${pad(rng.int(7, 22), 2)}:${pad(rng.int(0, 59), 2)}`;
    }
    if ((category === 'plan' || category === 'placement' || category === 'missing' || category === 'assessment') && rng.chance(0.8)) {
      e.endDate = fromDay(day + rng.int(0, category === 'missing' ? 3 : 300));
    }
    if (significance === 'significant' || significance === 'critical') {
      e.impact = 'The child was frightened and missed school the next day.';
      e.action = 'Strategy discussion held; safety plan updated.';
    }
    if (rng.chance(0.3)) e.summary = 'Summary of the event as recorded by the agency. Details are in the source record.';
    if (rng.chance(0.03)) {
      e.disputed = true;
      e.familyView = 'The family remember this differently.';
    }
    if (rng.chance(0.05)) e.confidentiality = rng.chance(0.5) ? 'restricted' : 'third-party';
    if (rng.chance(0.5))
      e.sourceRef = {
        system: 'WCCIS',
        recordId: `GEN-${seed}-${i + 1}`,
        ...(rng.chance(0.3) ? { url: `https://records.example.gov.uk/${seed}/${i + 1}` } : {}),
      };
    chronology.push(e);
  });
  return {
    schema: CASE_BUNDLE_SCHEMA,
    case: { id: `gen-chronology-${n}-${seed}`, title: `Generated chronology (${n} entries)`, subjectIds: children },
    people,
    relationships: [
      { id: 'gr-partner', kind: 'partner', a: 'gp-father', b: 'gp-mother', status: 'separated', from: '2010', to: '2021-05' },
      ...children.flatMap((c, i): Relationship[] => [
        { id: `gr-m-${i}`, kind: 'parent', parentId: 'gp-mother', childId: c, type: 'biological' },
        { id: `gr-f-${i}`, kind: 'parent', parentId: 'gp-father', childId: c, type: 'biological' },
      ]),
    ],
    agencies,
    chronology,
  };
}

/**
 * A valid bundle with exactly `peopleCount` people over `generations` generations: founding couples, children
 * (some twins), separations and remarriages with half-siblings, same-sex couples with adopted children, and deceased
 * elders. The first children of the youngest generation are the case's subjects.
 */
export function makeFamily(peopleCount: number, generations: number, seed = 1): CaseBundle {
  const rng = makeRng(seed);
  const G = Math.max(1, Math.floor(generations));
  const target = Math.max(0, Math.floor(peopleCount));
  const people: Person[] = [];
  const relationships: Relationship[] = [];
  const households: Household[] = [];
  const byGen: string[][] = Array.from({ length: G }, () => []);
  let rel = 0;
  const room = () => target - people.length;

  const addPerson = (gen: number, gender?: Person['gender'], familyName?: string, birthYear?: number): Person => {
    const g = gender ?? (rng.chance(0.5) ? 'female' : 'male');
    const year = birthYear ?? 1935 + gen * 27 + rng.int(-4, 4);
    const p: Person = {
      id: `fp-${pad(people.length + 1, 5)}`,
      givenName: rng.pick(g === 'female' ? GIVEN_F : GIVEN_M),
      familyName: familyName ?? rng.pick(FAMILY),
      gender: g,
      dateOfBirth: rng.chance(0.1) ? String(year) : `${year}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
    };
    if (rng.chance(0.02)) p.gender = rng.pick(['non-binary', 'not-known', 'other'] as const);
    if (gen < G - 1 && G > 1 && rng.chance(gen === 0 ? 0.45 : 0.05)) {
      p.deceased = true;
      p.dateOfDeath = String(Math.min(2025, year + rng.int(55, 85)));
    }
    people.push(p);
    byGen[gen]!.push(p.id);
    return p;
  };

  const partner = (a: Person, b: Person, from: number, ended: boolean) => {
    const sameSex = a.gender === b.gender;
    const status: Relationship & { kind: 'partner' } = {
      id: `fr-${pad(++rel, 5)}`,
      kind: 'partner',
      a: a.id,
      b: b.id,
      status: ended
        ? rng.pick(['separated', 'divorced'] as const)
        : sameSex
          ? 'civil-partnership'
          : rng.pick(['married', 'cohabiting', 'married'] as const),
      from: String(from),
    };
    if (ended) {
      status.to = String(from + rng.int(3, 12));
      status.history = [{ status: 'married', on: String(from + 1) }];
    }
    relationships.push(status);
  };

  /** Gives `person` (in generation `gen`) one or two partnerships with children, depth first, until the budget runs out. */
  const expand = (person: Person, gen: number): void => {
    if (gen >= G - 1 || room() <= 0) return;
    const partnerships = rng.chance(0.25) ? 2 : 1;
    const birth = Number((person.dateOfBirth ?? '1960').slice(0, 4));
    for (let k = 0; k < partnerships && room() > 0; k++) {
      const sameSex = rng.chance(0.08);
      const otherGender: Person['gender'] = sameSex ? person.gender : person.gender === 'female' ? 'male' : 'female';
      const mate = addPerson(
        gen,
        otherGender === 'female' || otherGender === 'male' ? otherGender : 'female',
        undefined,
        birth + rng.int(-3, 3),
      );
      const from = birth + 20 + k * 12 + rng.int(0, 4);
      partner(person, mate, from, k === 0 && partnerships === 2);
      const kids = rng.int(1, 3);
      const children: Person[] = [];
      for (let c = 0; c < kids && room() > 0; c++) {
        const year = Math.min(2025, from + 1 + c * 2 + rng.int(0, 1));
        const child = addPerson(gen + 1, undefined, person.familyName, year);
        children.push(child);
        if (rng.chance(0.08) && room() > 0) {
          const twin = addPerson(gen + 1, rng.chance(0.5) ? child.gender : undefined, person.familyName, year);
          if (child.dateOfBirth) twin.dateOfBirth = child.dateOfBirth;
          children.push(twin);
          relationships.push({
            id: `fr-${pad(++rel, 5)}`,
            kind: 'twin',
            a: child.id,
            b: twin.id,
            zygosity: twin.gender === child.gender ? rng.pick(['identical', 'fraternal'] as const) : 'fraternal',
          });
        }
      }
      const type = sameSex ? 'adoptive' : 'biological';
      for (const child of children) {
        relationships.push({ id: `fr-${pad(++rel, 5)}`, kind: 'parent', parentId: person.id, childId: child.id, type });
        relationships.push({
          id: `fr-${pad(++rel, 5)}`,
          kind: 'parent',
          parentId: mate.id,
          childId: child.id,
          type,
          ...(sameSex ? { from: String(Number(child.dateOfBirth!.slice(0, 4)) + 1) } : {}),
        });
      }
      if (children.length && households.length < 50) {
        households.push({
          id: `fh-${pad(households.length + 1, 4)}`,
          memberIds: [person.id, mate.id, ...children.map((c) => c.id)],
          from: String(from),
        });
      }
      for (const child of children) expand(child, gen + 1);
    }
  };

  while (room() > 0) {
    const founder = addPerson(0);
    expand(founder, 0);
  }
  const youngest = byGen.filter((g) => g.length).at(-1) ?? [];
  return {
    schema: CASE_BUNDLE_SCHEMA,
    case: {
      id: `gen-family-${target}-${G}-${seed}`,
      title: `Generated family (${target} people, ${G} generations)`,
      subjectIds: youngest.slice(0, 2),
    },
    people,
    relationships,
    households,
  };
}

/**
 * A valid bundle whose people, professionals and agencies number `nodes` (about 40% people, 45% professionals,
 * 15% agencies), with involvements linking every professional to some people and one current lead.
 */
export function makeNetwork(nodes: number, seed = 1): CaseBundle {
  const rng = makeRng(seed);
  const total = Math.max(3, Math.floor(nodes));
  const agencyCount = Math.max(1, Math.round(total * 0.15));
  const proCount = Math.max(1, Math.round(total * 0.45));
  const peopleCount = Math.max(1, total - agencyCount - proCount);
  const agencies = agenciesFor(agencyCount);
  const people: Person[] = Array.from({ length: peopleCount }, (_, i) => {
    const female = rng.chance(0.5);
    return {
      id: `np-${pad(i + 1)}`,
      givenName: rng.pick(female ? GIVEN_F : GIVEN_M),
      familyName: rng.pick(FAMILY),
      gender: female ? 'female' : 'male',
      dateOfBirth: i < 2 ? `${1985 + i}` : `${2008 + (i % 16)}-0${1 + (i % 9)}-1${i % 10}`,
    };
  });
  const professionals: Professional[] = Array.from({ length: proCount }, (_, i) => {
    const agency = agencies[i % agencies.length]!;
    return {
      id: `npr-${pad(i + 1)}`,
      name: `${rng.pick(rng.chance(0.5) ? GIVEN_F : GIVEN_M)} ${rng.pick(FAMILY)}`,
      role: rng.pick(ROLES[agency.sector]!),
      agencyId: agency.id,
      phone: `01632 960${pad(i % 1000, 3)}`,
      email: `worker${i + 1}@example.gov.uk`,
      ...(agency.sector === 'voluntary' ? { sensitiveRole: true } : {}),
    };
  });
  const relationships: Relationship[] = [];
  if (people.length >= 2)
    relationships.push({ id: 'nr-partner', kind: 'partner', a: people[0]!.id, b: people[1]!.id, status: 'separated' });
  people.slice(2).forEach((c, i) => {
    relationships.push({ id: `nr-m-${i}`, kind: 'parent', parentId: people[0]!.id, childId: c.id, type: 'biological' });
    relationships.push({ id: `nr-f-${i}`, kind: 'parent', parentId: people[1]!.id, childId: c.id, type: 'biological' });
  });
  const involvements: Involvement[] = [];
  professionals.forEach((pro, i) => {
    const links = rng.int(1, 2);
    for (let k = 0; k < links; k++) {
      const ids = [...new Set(Array.from({ length: rng.int(1, Math.min(4, people.length)) }, () => rng.pick(people).id))];
      const ended = rng.chance(0.25);
      const from = `20${rng.int(18, 24)}-${pad(rng.int(1, 12), 2)}`;
      involvements.push({
        id: `ni-${pad(involvements.length + 1)}`,
        professionalId: pro.id,
        personIds: ids,
        ...(i === 0 && k === 0 ? { lead: true } : {}),
        from,
        ...(ended && !(i === 0 && k === 0) ? { to: '2025-01' } : {}),
        strength: rng.pick(['strong', 'moderate', 'tenuous', 'stressful'] as const),
        consent: rng.pick(['given', 'refused', 'not-asked', 'not-required'] as const),
        lastContact: `2025-${pad(rng.int(1, 9), 2)}`,
      });
    }
  });
  return {
    schema: CASE_BUNDLE_SCHEMA,
    case: {
      id: `gen-network-${total}-${seed}`,
      title: `Generated network (${total} nodes)`,
      subjectIds: people.slice(2, 4).map((p) => p.id),
    },
    people,
    relationships,
    agencies,
    professionals,
    involvements,
  };
}
