import type { ChronologyEntry } from '../src/schema/index.js';
import { keyEntries, recorderFor, restartGeneratedRefs, sourceRefFor } from './chronology-key.js';
import { addDays, instant, makeRng, toDay, type Rng } from './prng.js';

/*
 * The routine work around the key events: statutory visits, core groups, termly attendance, health visiting,
 * therapy sessions, probation updates and domestic abuse support. Generated with a seeded PRNG so the sample is
 * the same on every build. The statutory visits deliberately stop between 5 December 2023 and 6 February 2024
 * (drift during an open child protection plan), as the management oversight entry of 5 February 2024 records.
 */

const T = 'p-tyler',
  R = 'p-ruby',
  M = 'p-megan',
  K = 'p-kayleigh',
  A = 'p-alfie';

const isWeekend = (iso: string): boolean => {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};
const weekday = (iso: string): string => {
  let d = iso;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
};

function entry(
  rng: Rng,
  id: string,
  date: string,
  category: ChronologyEntry['category'],
  significance: ChronologyEntry['significance'],
  agency: string,
  title: string,
  extra: Partial<ChronologyEntry> = {},
): ChronologyEntry {
  const e: ChronologyEntry = {
    id,
    date,
    title,
    category,
    significance,
    sourceAgencyId: agency,
    recordedAt: instant(addDays(date, rng.int(0, 3)), `${String(rng.int(9, 17)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`),
    ...extra,
  };
  const by = recorderFor(agency, date);
  if (by && !e.recordedBy) e.recordedBy = by;
  if (rng.chance(0.7)) e.sourceRef = sourceRefFor(agency);
  return e;
}

/** Dates from start to end (exclusive), every `min`–`max` days, on weekdays, skipping [gapFrom, gapTo). */
function every(rng: Rng, start: string, end: string, min: number, max: number, gap?: [string, string]): string[] {
  const out: string[] = [];
  let d = addDays(start, rng.int(min, max));
  while (d < end) {
    const w = weekday(d);
    if (w >= end) break;
    if (!gap || w < gap[0] || w >= gap[1]) out.push(w);
    d = addDays(d, rng.int(min, max));
  }
  return out;
}

function visits(rng: Rng): ChronologyEntry[] {
  const out: ChronologyEntry[] = [];
  let n = 0;
  const visitTitles = (date: string): [string, string[], ChronologyEntry['significance'], string?][] => {
    const tylerAway = date >= '2023-05-07';
    const refuge = date >= '2024-02-09';
    const home = refuge ? 'Kayleigh’s new home' : 'the family home';
    const list: [string, string[], ChronologyEntry['significance'], string?][] = [
      [`Home visit to ${home}: Ruby and Megan seen together`, [R, M], 'routine'],
      [
        `Home visit to ${home}: Ruby and Megan seen alone in their bedroom`,
        [R, M],
        'routine',
        'The girls showed their drawings and talked about school. Megan asked whether Jordan would come back.',
      ],
      [`Home visit to ${home}: all children seen; home warm and well stocked`, tylerAway ? [R, M] : [T, R, M], 'routine'],
      [
        `Unannounced visit to ${home}: no answer`,
        tylerAway ? [R, M] : [T, R, M],
        'notable',
        'Card left; Kayleigh phoned back the next day.',
      ],
    ];
    if (tylerAway) {
      list.push([
        'Visit to Tyler at his grandmother’s home',
        [T],
        'routine',
        'Tyler seen alone. He says he feels safe with Nain and wants to stay.',
      ]);
      list.push(['Visit to Tyler at his grandmother’s home: Tyler out at football, seen later at school', [T], 'routine']);
    } else {
      list.push(['Home visit: Tyler seen alone after school', [T], 'routine', 'Tyler quiet; said Jordan “shouts a lot but not at me”.']);
    }
    return list;
  };
  const periods: [string, string, number, number, [string, string]?][] = [
    ['2021-08-16', '2022-09-12', 9, 15],
    ['2022-09-12', '2023-06-20', 22, 32],
    ['2023-06-20', '2025-10-01', 8, 14, ['2023-12-06', '2024-02-06']],
  ];
  for (const [from, to, min, max, gap] of periods) {
    for (const date of every(rng, from, to, min, max, gap)) {
      const [title, subjects, significance, summary] = rng.pick(visitTitles(date));
      out.push(
        entry(rng, `ce-visit-${String(++n).padStart(3, '0')}`, date, 'visit', significance, 'a-csc', title, {
          subjectIds: subjects,
          ...(summary ? { summary } : {}),
          ...(date >= '2024-02-09' && subjects.includes(R) ? { tags: ['confidential-address'] } : {}),
        }),
      );
    }
  }
  return out;
}

function coreGroups(rng: Rng): ChronologyEntry[] {
  const out: ChronologyEntry[] = [];
  let n = 0;
  const notes = [
    'Plan reviewed; actions updated. School reports good attendance for the twins.',
    'Probation and police updates shared. Kayleigh attended with her IDVA.',
    'Tyler’s views shared by his social worker; he wants more time with his sisters.',
    'Health visitor reports Alfie meeting his milestones.',
    'Discussion of contact arrangements with Liam.',
  ];
  for (const [from, to] of [
    ['2021-08-23', '2022-09-12'],
    ['2023-06-27', '2025-10-01'],
  ] as const) {
    for (const date of every(rng, from, to, 38, 46)) {
      out.push(
        entry(rng, `ce-core-group-${String(++n).padStart(2, '0')}`, date, 'meeting', 'routine', 'a-csc', 'Core group meeting', {
          subjectIds: [T, R, M],
          summary: rng.pick(notes),
          recordedBy: recorderFor('a-csc', date) ?? 'Sophie Bennett',
        }),
      );
    }
  }
  return out;
}

/** Termly attendance returns: Tyler's dip in 2022–23 and its recovery are in the figures. */
function attendance(rng: Rng): ChronologyEntry[] {
  const out: ChronologyEntry[] = [];
  const terms: [string, string][] = [];
  for (let y = 2019; y <= 2025; y++) {
    if (y > 2019) terms.push([`${y}-04-01`, 'spring']);
    terms.push([`${y}-07-18`, 'summer']);
    if (y < 2025) terms.push([`${y}-12-17`, 'autumn']);
  }
  let n = 0;
  for (const [date, term] of terms) {
    if (date > '2025-10-01') continue;
    const tylerSecondary = date >= '2022-09-01';
    const tylerPct = date >= '2022-12-01' && date < '2024-12-01' ? rng.int(72, 86) : rng.int(90, 97);
    const twinsPct = date >= '2021-06-01' && date < '2021-12-31' ? rng.int(82, 88) : rng.int(92, 99);
    out.push(
      entry(
        rng,
        `ce-attendance-${String(++n).padStart(2, '0')}`,
        weekday(date),
        'education',
        tylerPct < 90 ? 'notable' : 'routine',
        tylerSecondary ? 'a-school-secondary' : 'a-school-primary',
        `Tyler’s attendance for the ${term} term: ${tylerPct}%`,
        { subjectIds: [T] },
      ),
    );
    out.push(
      entry(
        rng,
        `ce-attendance-${String(++n).padStart(2, '0')}`,
        weekday(date),
        'education',
        twinsPct < 90 ? 'notable' : 'routine',
        'a-school-primary',
        `Ruby and Megan’s attendance for the ${term} term: ${twinsPct}%`,
        { subjectIds: [R, M] },
      ),
    );
  }
  return out;
}

function healthVisiting(rng: Rng): ChronologyEntry[] {
  const contacts: [string, string][] = [
    ['2022-01-28', 'New birth visit'],
    ['2022-03-02', '6-week contact: Alfie feeding well'],
    ['2022-05-18', '4-month contact'],
    ['2022-07-20', '6-month contact: Kayleigh’s mood discussed'],
    ['2023-01-24', '12-month development review: all areas on track'],
    ['2023-07-26', '18-month contact: speech a little behind'],
    ['2024-02-20', 'Transfer of health visiting records after the move'],
  ];
  return contacts.map(([date, title], i) =>
    entry(rng, `ce-hv-${i + 1}`, date, i === 0 ? 'visit' : 'health', 'routine', 'a-hv', title, { subjectIds: [A, K] }),
  );
}

function camhs(rng: Rng): ChronologyEntry[] {
  return every(rng, '2023-07-11', '2025-07-28', 24, 36).map((date, i) =>
    entry(
      rng,
      `ce-camhs-${String(i + 1).padStart(2, '0')}`,
      date,
      'health',
      'routine',
      'a-camhs',
      rng.pick([
        'CAMHS session: Tyler attended with his grandmother',
        'CAMHS session: work on anger and sleep',
        'CAMHS session: Tyler did not attend',
        'CAMHS session: life story work',
      ]),
      { subjectIds: [T], confidentiality: 'restricted' },
    ),
  );
}

function womensAid(rng: Rng): ChronologyEntry[] {
  return every(rng, '2021-06-10', '2025-06-03', 50, 75).map((date, i) =>
    entry(
      rng,
      `ce-wa-${String(i + 1).padStart(2, '0')}`,
      date,
      'contact',
      'routine',
      'a-wa',
      rng.pick([
        'IDVA safety planning session with Kayleigh',
        'IDVA phone check-in with Kayleigh',
        'Freedom Programme session attended',
        'IDVA supports Kayleigh at court',
      ]),
      { subjectIds: [K], confidentiality: 'restricted' },
    ),
  );
}

function probation(rng: Rng): ChronologyEntry[] {
  return every(rng, '2021-12-01', '2023-11-30', 80, 100).map((date, i) =>
    entry(
      rng,
      `ce-probation-${i + 1}`,
      date,
      'contact',
      i % 3 === 2 ? 'notable' : 'routine',
      'a-probation',
      i % 3 === 2
        ? 'Probation update: Jordan missed two programme sessions'
        : 'Probation update to the core group: Jordan attending supervision',
      { subjectIds: ['p-jordan'], confidentiality: 'third-party' },
    ),
  );
}

function misc(rng: Rng): ChronologyEntry[] {
  const items: [string, ChronologyEntry['category'], string, string, string[]][] = [
    ['2019-09-10', 'health', 'a-gp', 'Megan seen by the GP: wheeze; asthma diagnosed', [M]],
    ['2019-12-03', 'health', 'a-gp', 'Ruby and Megan’s flu vaccinations', [R, M]],
    ['2020-10-06', 'education', 'a-school-primary', 'Parents’ evening: Kayleigh attended; twins settled in Year 1', [R, M]],
    ['2021-01-12', 'contact', 'a-housing', 'Repairs: damp in the children’s bedroom reported', [K]],
    ['2021-03-30', 'contact', 'a-housing', 'Damp treatment completed', [K]],
    ['2021-09-21', 'health', 'a-gp', 'Tyler seen for headaches; eyesight test advised', [T]],
    ['2022-03-15', 'contact', 'a-housing', 'Tenancy review: Jordan added to the household record', [K]],
    ['2022-10-04', 'education', 'a-school-primary', 'Parents’ evening: Megan’s reading above expected level', [M]],
    ['2023-01-09', 'contact', 'a-sms', 'Kayleigh attends her first drug and alcohol service appointment', [K]],
    ['2023-09-14', 'contact', 'a-sms', 'Kayleigh reports drinking less since Tyler moved to his grandmother’s', [K]],
    ['2023-10-10', 'education', 'a-school-secondary', 'Tyler joins the school football team', [T]],
    ['2024-04-16', 'closure', 'a-sms', 'Drug and alcohol service: Kayleigh discharged, goals met', [K]],
    ['2024-05-21', 'health', 'a-gp', 'Alfie registered with the GP after the move', [A]],
    ['2024-10-08', 'education', 'a-school-primary', 'Parents’ evening: both twins doing well; Ruby chosen for the school council', [R, M]],
    ['2025-02-04', 'health', 'a-gp', 'Tyler’s annual health check for looked-after and kinship children', [T]],
    ['2025-09-02', 'education', 'a-school-primary', 'Ruby and Megan start Year 6', [R, M]],
    ['2025-09-04', 'education', 'a-school-secondary', 'Tyler starts Year 9', [T]],
  ];
  return items.map(([date, category, agency, title, subjects], i) =>
    entry(rng, `ce-misc-${String(i + 1).padStart(2, '0')}`, date, category, 'routine', agency, title, { subjectIds: subjects }),
  );
}

/** The full chronology: key entries plus routine ones, in date order (same-day entries keep their sequence). */
export function buildChronology(seed = 20190514): ChronologyEntry[] {
  const rng = makeRng(seed);
  restartGeneratedRefs();
  const all = [
    ...keyEntries,
    ...visits(rng),
    ...coreGroups(rng),
    ...attendance(rng),
    ...healthVisiting(rng),
    ...camhs(rng),
    ...womensAid(rng),
    ...probation(rng),
    ...misc(rng),
  ];
  const key = (e: ChronologyEntry) => toDay(e.date.length === 10 ? e.date : e.date.length === 7 ? `${e.date}-01` : `${e.date}-01-01`);
  return all
    .map((e, i) => ({ e, i }))
    .sort((x, y) => key(x.e) - key(y.e) || (x.e.sequence ?? 0) - (y.e.sequence ?? 0) || x.i - y.i)
    .map(({ e }) => e);
}
