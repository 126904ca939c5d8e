import type { Blockage, Debrief, TeamBoard } from '@opencasework/core';

/*
 * A 60-card team board as a practitioner met it (issue 14): fortnightly debriefs for a year, 43 open cards, 13 of
 * them raised and never discussed by any debrief (the oldest eleven months before "now"), acting cards some of
 * which the last debrief looked at, escalated and resolved cards as distractors, and titles full of the long words
 * teams really write ("Interdepartmental", "Countersignatures", "Gwasanaethau Cymdeithasol"). Every expectation in
 * board-60.test.ts was written down from this table by hand, not by running the code.
 */

/** "Now" for this board: Monday 6 October 2025, 09:00 UTC. */
export const NOW_60 = Date.parse('2025-10-06T09:00:00Z');

/** Fortnightly debriefs d0..d25: 14 October 2024 to 29 September 2025. */
export const DEBRIEF_DATES = Array.from({ length: 26 }, (_, k) =>
  new Date(Date.parse('2024-10-14') + k * 14 * 86_400_000).toISOString().slice(0, 10),
);

interface Row {
  id: string;
  status: Blockage['status'];
  raised: string;
  category: Blockage['category'];
  title: string;
  owner?: string;
  /** Dates of the card's actions. */
  acts?: string[];
  /** Indexes of the debriefs that discussed it (besides the first one after it was raised, added for every discussed card). */
  at?: number[];
  /** Never discussed by any debrief. */
  never?: true;
  resolved?: string;
}

const rows: Row[] = [
  // Raised, never discussed (13): the agenda must list every one, oldest first.
  {
    id: 'n01',
    status: 'raised',
    raised: '2024-11-06',
    category: 'partner-agency',
    title: 'Interdepartmental information-sharing agreements unanswered',
    never: true,
  },
  {
    id: 'n02',
    status: 'raised',
    raised: '2024-12-12',
    category: 'it-system',
    title: 'Safeguarding referrals duplicated across three applications',
    never: true,
  },
  {
    id: 'n03',
    status: 'raised',
    raised: '2025-01-22',
    category: 'resources',
    title: 'Accommodation searches for emergency placements take afternoons',
    never: true,
  },
  {
    id: 'n04',
    status: 'raised',
    raised: '2025-02-19',
    category: 'policy',
    title: 'Countersignatures required for routine correspondence',
    never: true,
  },
  {
    id: 'n05',
    status: 'raised',
    raised: '2025-03-11',
    category: 'process',
    title: 'Reconfiguration of duty rota undocumented',
    never: true,
  },
  {
    id: 'n06',
    status: 'raised',
    raised: '2025-04-02',
    category: 'recording',
    title: 'Chronology entries retyped from partners’ spreadsheets',
    never: true,
  },
  {
    id: 'n07',
    status: 'raised',
    raised: '2025-05-07',
    category: 'resources',
    title: 'Telecommunications contract blocks video calls with families',
    never: true,
  },
  {
    id: 'n08',
    status: 'raised',
    raised: '2025-06-10',
    category: 'partner-agency',
    title: 'Gwasanaethau Cymdeithasol letters bounced by the health board',
    never: true,
  },
  {
    id: 'n09',
    status: 'raised',
    raised: '2025-07-01',
    category: 'other',
    title: 'Responsibilities unclear between hospital and community teams',
    never: true,
  },
  {
    id: 'n10',
    status: 'raised',
    raised: '2025-07-23',
    category: 'it-system',
    title: 'Authentication prompts every fifteen minutes on laptops',
    never: true,
  },
  {
    id: 'n11',
    status: 'raised',
    raised: '2025-08-14',
    category: 'process',
    title: 'Multi-agency strategy discussions booked without availability',
    never: true,
  },
  {
    id: 'n12',
    status: 'raised',
    raised: '2025-09-09',
    category: 'recording',
    title: 'Transcription of handwritten statements by practitioners',
    never: true,
  },
  {
    id: 'n13',
    status: 'raised',
    raised: '2025-10-01',
    category: 'resources',
    title: 'Cydymffurfiaeth: Welsh translations commissioned individually',
    never: true,
  },
  // Raised, discussed but left "raised" (2): not on the agenda.
  { id: 'r14', status: 'raised', raised: '2025-03-10', category: 'other', title: 'Parking permits for visits to the estates', at: [11] },
  {
    id: 'r15',
    status: 'raised',
    raised: '2025-06-02',
    category: 'process',
    title: 'Photocopying consent forms for every professional',
    at: [17],
  },
  // Discussed (6): talked about, nothing since: not on the agenda.
  {
    id: 's01',
    status: 'discussed',
    raised: '2024-10-30',
    category: 'recording',
    title: 'Supervision notes held in two places',
    owner: 'Team manager',
  },
  { id: 's02', status: 'discussed', raised: '2025-01-13', category: 'it-system', title: 'Documentation uploads limited to five megabytes' },
  {
    id: 's03',
    status: 'discussed',
    raised: '2025-02-26',
    category: 'partner-agency',
    title: 'Education welfare responses arrive after conferences',
  },
  {
    id: 's04',
    status: 'discussed',
    raised: '2025-04-16',
    category: 'resources',
    title: 'Interpreters unavailable for Tigrinya at short notice',
  },
  {
    id: 's05',
    status: 'discussed',
    raised: '2025-05-21',
    category: 'policy',
    title: 'Overtime authorisation needs a director’s signature',
  },
  {
    id: 's06',
    status: 'discussed',
    raised: '2025-06-25',
    category: 'process',
    title: 'Transfer-in conferences scheduled without the receiving team',
  },
  // Acting (14): due unless the last debrief (d25) discussed them and nothing happened since.
  {
    id: 'a01',
    status: 'acting',
    raised: '2024-10-21',
    category: 'it-system',
    title: 'Authorisation workflow loses attachments',
    owner: 'Digital services',
    acts: ['2024-11-20'],
    at: [3],
  },
  {
    id: 'a02',
    status: 'acting',
    raised: '2024-11-18',
    category: 'partner-agency',
    title: 'Health chronologies requested by letter only',
    owner: 'Principal social worker',
    acts: ['2025-01-15'],
    at: [7],
  },
  {
    id: 'a03',
    status: 'acting',
    raised: '2024-12-02',
    category: 'resources',
    title: 'Commissioning of contact supervisors takes months',
    owner: 'Commissioning',
    acts: ['2025-03-04'],
    at: [10],
  },
  {
    id: 'a04',
    status: 'acting',
    raised: '2025-01-08',
    category: 'recording',
    title: 'Assessment template repeats the referral',
    owner: 'Practice standards',
    acts: ['2025-02-10'],
    at: [25],
  },
  {
    id: 'a05',
    status: 'acting',
    raised: '2025-01-20',
    category: 'process',
    title: 'Out-of-hours handovers arrive by fax',
    owner: 'Emergency duty team',
    acts: ['2025-05-21'],
    at: [16],
  },
  {
    id: 'a06',
    status: 'acting',
    raised: '2025-02-03',
    category: 'policy',
    title: 'Mileage claims need paper receipts',
    owner: 'Finance',
    acts: ['2025-04-09'],
    at: [25],
  },
  {
    id: 'a07',
    status: 'acting',
    raised: '2025-02-24',
    category: 'it-system',
    title: 'Case-recording system unavailable on Tuesdays',
    owner: 'Digital services',
    acts: ['2025-06-18'],
    at: [19],
  },
  {
    id: 'a08',
    status: 'acting',
    raised: '2025-03-17',
    category: 'resources',
    title: 'No car seats for emergency transport',
    owner: 'Office manager',
    acts: ['2025-07-02'],
    at: [20],
  },
  {
    id: 'a09',
    status: 'acting',
    raised: '2025-04-07',
    category: 'partner-agency',
    title: 'Police notifications sent as scanned images',
    owner: 'Head of Service',
    acts: ['2025-08-12'],
    at: [25],
  },
  {
    id: 'a10',
    status: 'acting',
    raised: '2025-04-28',
    category: 'process',
    title: 'Core group invitations sent manually',
    owner: 'Business support',
    acts: ['2025-08-27'],
    at: [22],
  },
  {
    id: 'a11',
    status: 'acting',
    raised: '2025-05-19',
    category: 'recording',
    title: 'Visit recording form has fourteen mandatory fields',
    owner: 'Practice standards',
    acts: ['2025-10-02'],
    at: [25],
  },
  {
    id: 'a12',
    status: 'acting',
    raised: '2025-06-09',
    category: 'resources',
    title: 'Family rooms booked out on Thursdays',
    owner: 'Office manager',
    acts: ['2025-09-10'],
    at: [24],
  },
  {
    id: 'a13',
    status: 'acting',
    raised: '2025-07-14',
    category: 'it-system',
    title: 'Printers unreachable from the hot-desking floor',
    owner: 'Digital services',
    acts: ['2025-09-24'],
    at: [25],
  },
  {
    id: 'a14',
    status: 'acting',
    raised: '2025-08-04',
    category: 'policy',
    title: 'Safeguarding supervision frequency undocumented',
    owner: 'Principal social worker',
    acts: ['2025-09-03'],
    at: [23],
  },
  // Escalated (8): e02 changed after the debrief that last discussed it; the others did not.
  {
    id: 'e01',
    status: 'escalated',
    raised: '2024-10-15',
    category: 'partner-agency',
    title: 'Regional information-sharing protocol outdated',
    owner: 'Head of Service',
    acts: ['2025-02-11'],
    at: [9],
  },
  {
    id: 'e02',
    status: 'escalated',
    raised: '2024-11-12',
    category: 'it-system',
    title: 'Offline recording impossible in rural areas',
    owner: 'Digital board',
    acts: ['2025-01-10', '2025-09-30'],
    at: [20],
  },
  {
    id: 'e03',
    status: 'escalated',
    raised: '2024-12-16',
    category: 'resources',
    title: 'Recruitment freeze leaves three vacancies',
    owner: 'Director',
    acts: ['2025-03-01'],
    at: [12],
  },
  {
    id: 'e04',
    status: 'escalated',
    raised: '2025-01-27',
    category: 'policy',
    title: 'Thresholds document contradicts the regional procedures',
    owner: 'Safeguarding board',
    acts: ['2025-04-01'],
    at: [13],
  },
  {
    id: 'e05',
    status: 'escalated',
    raised: '2025-03-03',
    category: 'partner-agency',
    title: 'Child and adolescent mental health waiting lists',
    owner: 'Health board',
    acts: ['2025-05-01'],
    at: [15],
  },
  {
    id: 'e06',
    status: 'escalated',
    raised: '2025-04-22',
    category: 'it-system',
    title: 'Integrated care record search too slow',
    owner: 'Digital board',
    acts: ['2025-06-01'],
    at: [17],
  },
  {
    id: 'e07',
    status: 'escalated',
    raised: '2025-05-12',
    category: 'resources',
    title: 'No local foster placements for sibling groups',
    owner: 'Director',
    acts: ['2025-06-20'],
    at: [18],
  },
  {
    id: 'e08',
    status: 'escalated',
    raised: '2025-06-16',
    category: 'policy',
    title: 'Legal planning meetings need three weeks’ notice',
    owner: 'Legal services',
    acts: ['2025-07-15'],
    at: [20],
  },
];

// Resolved (17): x17 was resolved after the last debrief (news for the next one); the rest are history.
const resolvedTitles = [
  'Referral screens ask for the same details three times',
  'Core group minutes template too long',
  'Pool cars bookable only from the office network',
  'Shared inbox for strategy invitations unowned',
  'Countersigning of every case note',
  'Chronology export loses approximate dates',
  'Section 47 paperwork repeats the analysis',
  'Mileage claims on paper',
  'Laptop docking stations missing',
  'Transport requests by e-mail only',
  'Court bundles paginated by hand',
  'Assessment deadlines calculated manually',
  'Translation requests by post',
  'Health visitor reports late for conferences',
  'Contact centre keys held by one person',
  'Duplicate consent forms for every agency',
  'Interpreter bookings need three days’ notice',
];
resolvedTitles.forEach((title, i) => {
  const n = i + 1;
  const raised = new Date(Date.parse('2024-10-16') + i * 19 * 86_400_000).toISOString().slice(0, 10);
  const resolved =
    n === 17 ? '2025-10-02' : n === 16 ? '2025-09-29' : new Date(Date.parse(raised) + 30 * 86_400_000).toISOString().slice(0, 10);
  const at = n === 16 ? [25] : n === 15 ? [24] : [];
  rows.push({
    id: `x${String(n).padStart(2, '0')}`,
    status: 'resolved',
    raised,
    category: 'process',
    title,
    owner: 'Team manager',
    acts: [raised],
    at,
    resolved,
  });
});

const inst = (d: string) => `${d}T10:00:00Z`;
/** The first debrief on or after a date. */
const firstAfter = (d: string) => DEBRIEF_DATES.findIndex((x) => x >= d);

export function board60(): TeamBoard {
  const discussed: string[][] = DEBRIEF_DATES.map(() => []);
  const blockages = rows.map((r): Blockage => {
    if (!r.never) {
      const first = firstAfter(r.raised);
      // A card raised after the last debrief cannot have been discussed; every other discussed card was seen at the
      // first debrief after it was raised, and at the debriefs its row names.
      for (const k of new Set([...(first >= 0 ? [first] : []), ...(r.at ?? [])])) discussed[k]!.push(r.id);
    }
    return {
      id: r.id,
      title: r.title,
      raisedAt: inst(r.raised),
      category: r.category,
      status: r.status,
      hoursLostPerWeek: 1.5,
      metToo: 3,
      ...(r.owner ? { owner: r.owner } : {}),
      actions: (r.acts ?? []).map((a) => ({
        text: `Update on ${a}: chased the responsible service.`,
        at: inst(a),
        by: r.owner ?? 'Team manager',
      })),
      ...(r.resolved ? { resolvedAt: inst(r.resolved), resolution: 'Confirmed by the team at a debrief.' } : {}),
    };
  });
  const debriefs: Debrief[] = DEBRIEF_DATES.map((date, k) => ({ id: `d${k}`, date, discussedIds: discussed[k]! }));
  return {
    schema: 'opencasework/team-board@1',
    id: 'team-60',
    team: 'Safeguarding and Assessment Team (North)',
    blockages,
    debriefs,
    audit: [],
  };
}
