import type { Blockage, Debrief, TeamBoard } from '../src/schema/index.js';
import { TEAM_BOARD_SCHEMA } from '../src/schema/index.js';

/*
 * A team's blockage board: what gets in the way of direct work with children, raised by the team and worked on in
 * fortnightly debriefs. Cards never name a family or a case number. Some are raised anonymously (no raisedBy).
 */

type Opts = Partial<Omit<Blockage, 'id' | 'title' | 'category' | 'status' | 'raisedAt'>>;
const at = (d: string, t = '10:00') => `${d}T${t}:00Z`;
const b = (
  n: number,
  title: string,
  category: Blockage['category'],
  status: Blockage['status'],
  raisedAt: string,
  o: Opts = {},
): Blockage => ({ id: `bl-${String(n).padStart(2, '0')}`, title, category, status, raisedAt: at(raisedAt), actions: [], ...o });

export const blockages: Blockage[] = [
  b(1, 'Have to enter the same referral details in three screens', 'it-system', 'resolved', '2024-09-09', {
    raisedBy: 'Priya Nair',
    detail:
      'Contact, referral and assessment screens each ask for the same household, school and GP details. Copy and paste loses the formatting and sometimes the dates.',
    hoursLostPerWeek: 3,
    metToo: 9,
    owner: 'Anwen Rees',
    actions: [
      {
        text: 'Raised with the WCCIS business support team with screenshots of the three screens.',
        at: at('2024-09-12'),
        by: 'Anwen Rees',
      },
      {
        text: 'Supplier confirmed pre-population from the contact record in the November release.',
        at: at('2024-10-21'),
        by: 'Anwen Rees',
      },
    ],
    resolvedAt: at('2024-11-25', '16:00'),
    resolution: 'Referral and assessment now pre-fill from the contact record. Checked by two team members on live cases.',
  }),
  b(2, 'Core group minutes template takes 40 minutes', 'recording', 'resolved', '2024-09-09', {
    raisedBy: 'Owain Davies',
    detail: 'The template repeats the whole plan and asks for every action to be retyped, even when nothing changed.',
    hoursLostPerWeek: 2,
    metToo: 7,
    owner: 'Hollie Marsh',
    actions: [
      { text: 'Drafted a one-page template that only records changes and new actions.', at: at('2024-09-30'), by: 'Hollie Marsh' },
      { text: 'Trialled on six core groups; chairs happy.', at: at('2024-11-04'), by: 'Hollie Marsh' },
    ],
    resolvedAt: at('2025-01-13', '15:00'),
    resolution: 'New template adopted by the service; minutes now take about 15 minutes.',
  }),
  b(3, 'Pool car booking system only works on the office network', 'it-system', 'resolved', '2024-09-16', {
    detail: 'Cannot book a car from a laptop at home or from a phone, so visits are planned around being in the office.',
    hoursLostPerWeek: 1.5,
    metToo: 5,
    owner: 'Anwen Rees',
    actions: [{ text: 'Asked IT to publish the booking page through the remote access gateway.', at: at('2024-09-20'), by: 'Anwen Rees' }],
    resolvedAt: at('2024-10-08', '11:00'),
    resolution: 'Booking page is now available through remote access and on council phones.',
  }),
  b(4, 'Police notifications arrive as scanned PDFs that cannot be searched', 'partner-agency', 'escalated', '2024-09-23', {
    raisedBy: 'Sophie Bennett',
    detail:
      'Public protection notices come as image-only PDFs; we retype them into the chronology and cannot search them for names or dates.',
    hoursLostPerWeek: 2.5,
    metToo: 11,
    owner: 'Head of Service',
    actions: [
      { text: 'Discussed at the police liaison meeting.', at: at('2024-10-10'), by: 'Anwen Rees' },
      { text: 'Escalated to the regional safeguarding board’s information-sharing group.', at: at('2025-01-20'), by: 'Head of Service' },
    ],
  }),
  b(5, 'No quiet room to see children at the office on Thursdays', 'resources', 'acting', '2024-10-07', {
    raisedBy: 'Tomasz Nowak',
    detail: 'Both family rooms are booked for contact all day on Thursdays.',
    hoursLostPerWeek: 1,
    metToo: 4,
    owner: 'Office manager',
    actions: [{ text: 'Asked the library next door about their meeting room.', at: at('2025-06-02'), by: 'Tomasz Nowak' }],
  }),
  b(6, 'Case notes cannot be written offline', 'it-system', 'escalated', '2024-10-14', {
    detail: 'In rural areas there is no signal, so notes are written on paper and typed up later.',
    hoursLostPerWeek: 3,
    metToo: 8,
    owner: 'Digital services',
    actions: [
      { text: 'Logged with the supplier as an enhancement request.', at: at('2024-10-28'), by: 'Anwen Rees' },
      { text: 'Escalated to the digital board: no offline mode on the roadmap.', at: at('2025-02-17'), by: 'Anwen Rees' },
    ],
  }),
  b(7, 'Strategy discussion invitations go to a shared inbox nobody owns', 'process', 'resolved', '2024-10-21', {
    raisedBy: 'Hollie Marsh',
    hoursLostPerWeek: 0.5,
    metToo: 3,
    owner: 'Anwen Rees',
    actions: [{ text: 'Rota for checking the inbox twice a day.', at: at('2024-10-22'), by: 'Anwen Rees' }],
    resolvedAt: at('2024-10-28', '09:00'),
    resolution: 'Duty worker checks the inbox at 9 and 2; rota on the team calendar.',
  }),
  b(8, 'Managers must countersign every case note, even routine ones', 'policy', 'resolved', '2024-11-04', {
    detail: 'Notes sit unsigned for days and cannot be shared with partners until signed.',
    hoursLostPerWeek: 2,
    metToo: 10,
    owner: 'Head of Service',
    actions: [
      { text: 'Proposal to limit countersigning to decisions and assessments.', at: at('2024-12-09'), by: 'Anwen Rees' },
      { text: 'Agreed at the senior leadership team.', at: at('2025-03-10'), by: 'Head of Service' },
    ],
    resolvedAt: at('2025-04-07', '12:00'),
    resolution: 'Policy changed: only decisions, assessments and plans need a manager’s signature.',
  }),
  b(9, 'Health visitor reports arrive after the core group', 'partner-agency', 'discussed', '2024-11-11', {
    raisedBy: 'Priya Nair',
    hoursLostPerWeek: 0.5,
    metToo: 2,
  }),
  b(10, 'Interpreter bookings need three working days’ notice', 'resources', 'acting', '2024-11-18', {
    raisedBy: 'Owain Davies',
    detail: 'Urgent visits to families who do not speak English or Welsh go ahead without an interpreter or are delayed.',
    hoursLostPerWeek: 1,
    metToo: 6,
    owner: 'Commissioning',
    actions: [
      { text: 'Asked commissioning about a telephone interpreting contract for same-day use.', at: at('2025-01-06'), by: 'Anwen Rees' },
    ],
  }),
  b(11, 'The chronology export loses approximate dates', 'it-system', 'resolved', '2024-12-02', {
    hoursLostPerWeek: 1,
    metToo: 5,
    owner: 'Digital services',
    actions: [{ text: 'Examples sent to the supplier.', at: at('2024-12-05'), by: 'Sophie Bennett' }],
    resolvedAt: at('2025-05-19', '14:00'),
    resolution: 'Fixed in the May release: "c." kept before approximate dates.',
  }),
  b(12, 'Section 47 paperwork asks for the same risk analysis twice', 'recording', 'resolved', '2024-12-09', {
    raisedBy: 'Sophie Bennett',
    hoursLostPerWeek: 1.5,
    metToo: 6,
    owner: 'Practice standards',
    actions: [{ text: 'Mapped the duplicated sections with the practice standards team.', at: at('2025-01-15'), by: 'Sophie Bennett' }],
    resolvedAt: at('2025-03-03', '10:30'),
    resolution: 'The outcome form now links to the analysis in the enquiry record instead of repeating it.',
  }),
  b(13, 'Welsh-language letters must be sent to translation, taking a week', 'resources', 'acting', '2025-01-06', {
    raisedBy: 'Owain Davies',
    detail: 'Families who ask for correspondence in Welsh get it late.',
    hoursLostPerWeek: 1,
    metToo: 3,
    owner: 'Welsh language officer',
    actions: [
      { text: 'Bilingual templates for the ten commonest letters being written.', at: at('2025-04-14'), by: 'Welsh language officer' },
    ],
  }),
  b(14, 'Mileage claims need a paper form signed in ink', 'process', 'resolved', '2025-01-13', {
    hoursLostPerWeek: 0.5,
    metToo: 9,
    owner: 'Finance',
    actions: [{ text: 'Finance agreed to accept e-mailed claims from manager accounts.', at: at('2025-02-03'), by: 'Anwen Rees' }],
    resolvedAt: at('2025-02-10', '09:00'),
    resolution: 'Claims now by e-mail with the manager’s approval.',
  }),
  b(15, 'School safeguarding leads cannot reach duty by phone after 4pm', 'partner-agency', 'resolved', '2025-01-20', {
    raisedBy: 'Hollie Marsh',
    hoursLostPerWeek: 1,
    metToo: 4,
    owner: 'Front door manager',
    actions: [{ text: 'Direct line for schools staffed until 5:30pm.', at: at('2025-03-24'), by: 'Front door manager' }],
    resolvedAt: at('2025-06-16', '17:00'),
    resolution: 'Schools’ line live; calls after 4pm answered within 10 minutes in the first month.',
  }),
  b(16, 'Laptops take 15 minutes to start after updates', 'it-system', 'resolved', '2025-02-03', {
    hoursLostPerWeek: 1,
    metToo: 12,
    owner: 'IT service desk',
    actions: [{ text: 'IT moved updates to overnight.', at: at('2025-02-20'), by: 'IT service desk' }],
    resolvedAt: at('2025-03-17', '08:30'),
    resolution: 'Updates now install overnight on Wednesdays.',
  }),
  b(17, 'Visit recording form has 14 mandatory fields that do not apply to kinship visits', 'recording', 'acting', '2025-02-17', {
    raisedBy: 'Tomasz Nowak',
    hoursLostPerWeek: 1.5,
    metToo: 5,
    owner: 'Practice standards',
    actions: [{ text: 'Kinship visit variant of the form drafted.', at: at('2025-05-12'), by: 'Practice standards' }],
  }),
  b(18, 'Supervision records cannot be found by case', 'recording', 'discussed', '2025-03-03', { hoursLostPerWeek: 0.5, metToo: 3 }),
  b(19, 'Caseloads above 20 in the team for three months', 'resources', 'escalated', '2025-03-10', {
    raisedBy: 'Anwen Rees',
    detail: 'Two vacancies and one long-term absence; visits are being prioritised by risk.',
    hoursLostPerWeek: 6,
    metToo: 8,
    owner: 'Head of Service',
    actions: [
      { text: 'Agency social worker requested.', at: at('2025-03-12'), by: 'Anwen Rees' },
      { text: 'Escalated to the director: recruitment freeze exemption needed.', at: at('2025-04-01'), by: 'Head of Service' },
    ],
  }),
  b(20, 'Court bundles have to be paginated by hand', 'process', 'acting', '2025-04-07', {
    raisedBy: 'Priya Nair',
    hoursLostPerWeek: 2,
    metToo: 4,
    owner: 'Legal services',
    actions: [{ text: 'Legal services trialling a PDF bundling tool.', at: at('2025-06-23'), by: 'Legal services' }],
  }),
  b(21, 'Housing will not share tenancy information without a new consent form each time', 'partner-agency', 'raised', '2025-05-12', {
    hoursLostPerWeek: 0.5,
    metToo: 2,
  }),
  b(22, 'Return home interviews are commissioned out and reports take 3 weeks', 'partner-agency', 'discussed', '2025-05-19', {
    raisedBy: 'Sophie Bennett',
    hoursLostPerWeek: 1,
    metToo: 3,
  }),
  b(23, 'No policy on using messaging apps to contact teenagers', 'policy', 'raised', '2025-06-02', {
    raisedBy: 'Tomasz Nowak',
    detail: 'Young people answer messages but not calls; we are unsure what is allowed.',
    metToo: 6,
  }),
  b(24, 'Printer on the second floor jams on double-sided printing', 'other', 'resolved', '2025-06-09', {
    hoursLostPerWeek: 0.25,
    metToo: 5,
    owner: 'Office manager',
    actions: [{ text: 'Engineer visit booked.', at: at('2025-06-10'), by: 'Office manager' }],
    resolvedAt: at('2025-06-18', '11:00'),
    resolution: 'Printer replaced.',
  }),
  b(25, 'Family time (contact) sessions cannot be booked on weekends', 'resources', 'raised', '2025-07-07', {
    raisedBy: 'Hollie Marsh',
    hoursLostPerWeek: 0,
    metToo: 4,
  }),
  b(26, 'Team meeting clashes with the weekly legal gateway panel', 'other', 'resolved', '2025-07-14', {
    raisedBy: 'Owain Davies',
    hoursLostPerWeek: 0.5,
    metToo: 2,
    owner: 'Anwen Rees',
    actions: [{ text: 'Team meeting moved to Tuesday mornings.', at: at('2025-07-21'), by: 'Anwen Rees' }],
    resolvedAt: at('2025-07-22', '10:00'),
    resolution: 'Moved to Tuesdays.',
  }),
  b(27, 'Safety plans have to be retyped into the conference report', 'recording', 'acting', '2025-08-04', {
    raisedBy: 'Sophie Bennett',
    hoursLostPerWeek: 1.5,
    metToo: 7,
    owner: 'Practice standards',
    actions: [
      {
        text: 'Asked whether the conference report can pull the plan from the case record.',
        at: at('2025-08-18'),
        by: 'Practice standards',
      },
    ],
  }),
  b(28, 'Out-of-hours team cannot see the daytime safety plan', 'it-system', 'raised', '2025-09-01', { hoursLostPerWeek: 0.5, metToo: 3 }),
];

export const debriefs: Debrief[] = [
  {
    id: 'db-01',
    date: '2024-09-26',
    discussedIds: ['bl-01', 'bl-02', 'bl-03', 'bl-04'],
    notes: 'First board debrief. Agreed owners for the three screens and the minutes template.',
  },
  {
    id: 'db-02',
    date: '2024-10-24',
    discussedIds: ['bl-04', 'bl-05', 'bl-06', 'bl-07'],
    notes: 'Pool car fixed. Offline notes: no quick fix; escalate if the supplier says no.',
  },
  {
    id: 'db-03',
    date: '2024-11-28',
    discussedIds: ['bl-01', 'bl-08', 'bl-09', 'bl-10'],
    notes: 'Three screens resolved in the November release: about 3 hours a week back for each worker who raised it.',
  },
  {
    id: 'db-04',
    date: '2025-01-23',
    discussedIds: ['bl-02', 'bl-11', 'bl-12', 'bl-13', 'bl-14'],
    notes: 'Minutes template adopted. Welsh letters: start with the ten commonest.',
  },
  {
    id: 'db-05',
    date: '2025-03-20',
    discussedIds: ['bl-08', 'bl-15', 'bl-16', 'bl-17', 'bl-18', 'bl-19'],
    notes: 'Caseloads escalated to the director. Countersigning policy agreed at SLT.',
  },
  {
    id: 'db-06',
    date: '2025-05-22',
    discussedIds: ['bl-11', 'bl-20', 'bl-21', 'bl-22'],
    notes: 'Chronology export fixed. Housing consent: ask information governance for a standing agreement.',
  },
  {
    id: 'db-07',
    date: '2025-07-24',
    discussedIds: ['bl-15', 'bl-23', 'bl-24', 'bl-25', 'bl-26'],
    notes: 'Schools’ line working. Messaging apps: draft guidance needed from policy.',
  },
  { id: 'db-08', date: '2025-09-18', discussedIds: ['bl-19', 'bl-27', 'bl-28'] },
];

export function buildBoard(): TeamBoard {
  return {
    schema: TEAM_BOARD_SCHEMA,
    id: 'tb-safeguarding-2',
    team: 'Safeguarding Team 2, Glanrhyd Children’s Services',
    blockages,
    debriefs,
  };
}
