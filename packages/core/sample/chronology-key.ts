import type { ChronologyEntry } from '../src/schema/index.js';
import { instant, addDays } from './prng.js';

/* The significant events of the Evans–Hughes case, written by hand. Routine entries are generated in chronology.ts. */

type Opts = Partial<Omit<ChronologyEntry, 'id' | 'date' | 'category' | 'significance' | 'title'>>;

const T = 'p-tyler',
  R = 'p-ruby',
  M = 'p-megan',
  K = 'p-kayleigh',
  J = 'p-jordan',
  A = 'p-alfie',
  L = 'p-liam';

const SYSTEMS: Record<string, { system: string; prefix: string; url?: string }> = {
  'a-csc': { system: 'WCCIS', prefix: 'CN-', url: 'https://wccis.example.gov.uk/casenotes/' },
  'a-eh': { system: 'WCCIS', prefix: 'EH-' },
  'a-police': { system: 'Niche RMS', prefix: 'OCC-' },
  'a-school-primary': { system: 'MyConcern', prefix: 'MC-' },
  'a-school-secondary': { system: 'MyConcern', prefix: 'MC-' },
  'a-gp': { system: 'EMIS Web', prefix: 'EMIS-' },
  'a-hv': { system: 'Child Health System', prefix: 'HV-' },
  'a-ed': { system: 'WPAS', prefix: 'ED-', url: 'https://wpas.example.nhs.uk/attendances/' },
  'a-housing': { system: 'Housing CRM', prefix: 'HSG-' },
  'a-probation': { system: 'nDelius', prefix: 'ND-' },
  'a-camhs': { system: 'WPAS', prefix: 'CAMHS-' },
  'a-sms': { system: 'Compass', prefix: 'SMS-' },
  'a-wa': { system: 'Oasis', prefix: 'WA-' },
};

const RECORDERS: Record<string, string> = {
  'a-csc': 'Sophie Bennett',
  'a-eh': 'Kerry Jones',
  'a-police': 'PC Daniel Hartley',
  'a-school-primary': 'Bethan Howells',
  'a-school-secondary': 'Paul Whitaker',
  'a-gp': 'Dr Imran Shah',
  'a-hv': 'Catrin Lloyd',
  'a-ed': 'ED triage nurse',
  'a-housing': 'Gareth Pugh',
  'a-probation': 'Claire Ashworth',
  'a-camhs': 'Dr Nia Griffiths',
  'a-sms': 'Lee Carter',
  'a-wa': 'Rachel Owen',
};

let refCounter = 40210;

/** A provenance reference in the style of the source agency's own system. */
export function sourceRefFor(agencyId: string): ChronologyEntry['sourceRef'] {
  const s = SYSTEMS[agencyId];
  if (!s) return undefined;
  const recordId = `${s.prefix}${++refCounter}`;
  return { system: s.system, recordId, ...(s.url ? { url: `${s.url}${recordId}` } : {}) };
}

/** Who recorded an entry from an agency: before March 2023 children's services entries were Mark Kendrick's. */
export function recorderFor(agencyId: string, date: string): string | undefined {
  if (agencyId === 'a-csc' && date < '2023-03-13') return 'Mark Kendrick';
  return RECORDERS[agencyId];
}

function k(
  id: string,
  date: string,
  category: ChronologyEntry['category'],
  significance: ChronologyEntry['significance'],
  agency: string | null,
  title: string,
  o: Opts = {},
): ChronologyEntry {
  const full = date.length === 10 ? date : date.length === 7 ? `${date}-28` : `${date}-12-20`;
  return {
    id: `ce-${id}`,
    date,
    title,
    category,
    significance,
    ...(agency ? { sourceAgencyId: agency, recordedBy: recorderFor(agency, full), sourceRef: sourceRefFor(agency) } : {}),
    recordedAt: instant(addDays(full, 1), '10:15'),
    ...o,
  };
}

export const keyEntries: ChronologyEntry[] = [
  // 2019: separation; repeated police and school contacts about Tyler; no assessment
  k('2019-gp-stress', '2019', 'health', 'routine', 'a-gp', 'Kayleigh tells the GP she is stressed and not sleeping', {
    approximate: true,
    subjectIds: [K],
    confidentiality: 'restricted',
    summary: 'Reported arguments at home and money worries. Offered self-help resources and a review in six weeks; did not return.',
  }),
  k('2019-03-school-hungry', '2019-03', 'education', 'notable', 'a-school-primary', 'Tyler arriving late and hungry on several mornings', {
    subjectIds: [T],
    summary: 'Class teacher noted Tyler late on 6 of 15 days and asking for food at break. Breakfast club place offered.',
    disputed: true,
    familyView:
      'Kayleigh says Tyler always has breakfast at home and is just a hungry boy; the lateness was because the car had broken down.',
  }),
  k(
    '2019-05-police-di',
    '2019-05-14',
    'police',
    'significant',
    'a-police',
    'Domestic incident: loud argument between parents, children present',
    {
      time: '23:20',
      subjectIds: [T, R, M],
      summary: 'Neighbour called police about shouting. Both parents had been drinking. No assault alleged.',
      impact: 'Children awake and heard the shouting; Tyler (7) was found crying on the stairs.',
      action: 'Public protection notice sent to children’s services. DASH risk: standard.',
    },
  ),
  k(
    '2019-05-ppn-screened',
    '2019-05-15',
    'decision',
    'notable',
    'a-csc',
    'Police notification screened at the front door: no further action',
    { subjectIds: [T, R, M], summary: 'Information and advice letter sent to both parents about the effect of conflict on children.' },
  ),
  k(
    '2019-06-school-disclosure',
    '2019-06-20',
    'education',
    'notable',
    'a-school-primary',
    'Tyler tells his teacher "Mum and Dad shout all the time"',
    {
      subjectIds: [T],
      action: 'Logged on MyConcern; the safeguarding lead spoke with Kayleigh, who said things were "sorting themselves out".',
    },
  ),
  k('2019-08-separation', '2019-08', 'other', 'notable', null, 'Parents separate; Liam moves out of the family home', {
    approximate: true,
    subjectIds: [K, L, T, R, M],
    recordedBy: 'Mark Kendrick',
    summary: 'Date taken from Kayleigh’s account in the 2020 assessment.',
  }),
  k(
    '2019-09-police-handover',
    '2019-09-02',
    'police',
    'significant',
    'a-police',
    'Police called to an argument between parents at a contact handover',
    {
      time: '19:05',
      subjectIds: [T, R, M],
      impact: 'Tyler and the twins were in the car during the argument and were frightened.',
      action: 'Words of advice to both parents; public protection notice sent to children’s services.',
    },
  ),
  k('2019-10-taf', '2019-10-07', 'plan', 'notable', 'a-eh', 'Team Around the Family plan', {
    endDate: '2020-03-20',
    subjectIds: [K, T, R, M],
    summary: 'Support with morning routines, school attendance and the separation. Kayleigh engaged well with the family support worker.',
  }),
  k(
    '2019-11-school-assault',
    '2019-11-18',
    'education',
    'significant',
    'a-school-primary',
    'Tyler hits another pupil after saying he "wants to hurt someone"',
    {
      subjectIds: [T],
      impact: 'One-day fixed-term exclusion; Tyler said afterwards he was angry about “Dad not living with us”.',
      action: 'Return meeting with Kayleigh; school counsellor sessions offered.',
    },
  ),
  k(
    '2020-01-police-damage',
    '2020-01-25',
    'police',
    'significant',
    'a-police',
    'Liam arrested for criminal damage at the former family home',
    {
      time: '01:15',
      subjectIds: [L, K, T, R, M],
      impact: 'Children woken by the front window being smashed; Megan hid under her bed.',
      action: 'Liam charged; bail conditions not to attend the address; public protection notice sent.',
      disputed: true,
      familyView: 'Liam says the window was already cracked and broke when he knocked on it to ask to see the children.',
    },
  ),
  k(
    '2020-01-referral-nfa',
    '2020-01-27',
    'decision',
    'notable',
    'a-csc',
    'Police notification screened: advice to continue with Early Help, no assessment',
    { subjectIds: [T, R, M], summary: 'Front door decision: the Team Around the Family plan was felt to be enough.' },
  ),
  k('2020-03-taf-closed', '2020-03-20', 'closure', 'routine', 'a-eh', 'Team Around the Family plan closed: goals met', {
    subjectIds: [K, T, R, M],
  }),
  k(
    '2020-03-school-closure',
    '2020-03-23',
    'education',
    'routine',
    'a-school-primary',
    'Schools close (COVID-19): weekly welfare calls begin',
    { subjectIds: [T, R, M] },
  ),
  k('2020-06-new-partner', '2020-06', 'other', 'routine', null, 'Kayleigh begins a relationship with Jordan Price', {
    approximate: true,
    subjectIds: [K, J],
    recordedBy: 'Mark Kendrick',
  }),
  k(
    '2020-07-referral',
    '2020-07-06',
    'referral',
    'significant',
    'a-school-primary',
    'School referral: the twins say they were left at home alone',
    {
      subjectIds: [R, M],
      impact: 'Ruby and Megan (5) said they were “scared because it got dark”.',
      action: 'Referral to the children’s services front door the same day.',
      disputed: true,
      familyView: 'Kayleigh says she went to the shop across the road for ten minutes and Tyler was with the girls.',
    },
  ),
  k('2020-07-assessment', '2020-07-07', 'assessment', 'notable', 'a-csc', 'Child and family assessment', {
    endDate: '2020-08-18',
    subjectIds: [T, R, M],
    action: 'Outcome: needs can be met with universal services and family support; case closed.',
  }),
  k('2020-08-closure', '2020-08-18', 'closure', 'routine', 'a-csc', 'Case closed after assessment', { subjectIds: [T, R, M] }),
  k('2020-09-arrears', '2020-09-14', 'contact', 'routine', 'a-housing', 'Rent arrears: tenancy sustainment support offered', {
    subjectIds: [K],
  }),
  k('2020-11-gp-mood', '2020-11-10', 'health', 'notable', 'a-gp', 'Kayleigh started on medication for low mood', {
    subjectIds: [K],
    confidentiality: 'restricted',
  }),

  // 2021: bereavement; Jordan moves in; domestic abuse; first child protection plan
  k('2021-02-grandad', '2021-02', 'other', 'notable', null, 'Maternal grandfather, Alan Hughes, dies', {
    subjectIds: [K, T, R, M],
    recordedBy: 'Mark Kendrick',
    impact: 'Tyler was very close to his grandad and was withdrawn at school for several weeks.',
  }),
  k('2021-03-jordan-moves-in', '2021-03', 'other', 'notable', null, 'Jordan Price moves into the family home', {
    approximate: true,
    subjectIds: [K, J, T, R, M],
    recordedBy: 'Mark Kendrick',
  }),
  k(
    '2021-05-police-da',
    '2021-05-22',
    'police',
    'significant',
    'a-police',
    'Domestic abuse incident at the family home, children present',
    {
      time: '22:40',
      sequence: 1,
      subjectIds: [K, J, T, R, M],
      summary: 'Jordan pushed Kayleigh against a wall and took her phone. Tyler called 999.',
      impact: 'Tyler (9) made the 999 call and was shaking when officers arrived; the twins were in bed and heard it.',
      action: 'Jordan arrested. DASH risk assessment: high. Referred to MARAC and to children’s services.',
    },
  ),
  k('2021-05-csc-da', '2021-05-22', 'police', 'significant', 'a-csc', 'Domestic abuse incident at family home: children present', {
    time: '23:55',
    sequence: 2,
    subjectIds: [T, R, M],
    summary: 'Emergency duty team received the police notification overnight.',
    impact: 'As recorded by police: children present; Tyler made the 999 call.',
    action: 'Passed to the daytime front door for a strategy discussion.',
  }),
  k('2021-05-idva', '2021-05-25', 'contact', 'notable', 'a-wa', 'Independent domestic violence adviser makes contact with Kayleigh', {
    subjectIds: [K],
    confidentiality: 'restricted',
  }),
  k('2021-06-marac', '2021-06-03', 'meeting', 'significant', 'a-police', 'MARAC: Kayleigh discussed as a high-risk victim', {
    subjectIds: [K, J],
    confidentiality: 'restricted',
    impact: 'Risk to the children arises from the risk to their mother.',
    action: 'Actions: police marker on the address; IDVA to complete safety planning; school to be told of the risk.',
  }),
  k(
    '2021-06-school-referral',
    '2021-06-28',
    'referral',
    'significant',
    'a-school-primary',
    'School referral: Ruby says Jordan "hurt Mummy"',
    {
      subjectIds: [R, M],
      impact: 'Ruby was tearful in class and did not want to go home.',
      action: 'Referral to the front door; strategy discussion requested.',
    },
  ),
  k('2021-07-strategy', '2021-07-02', 'meeting', 'significant', 'a-csc', 'Strategy discussion: section 47 enquiry agreed', {
    subjectIds: [T, R, M],
    impact: 'Evidence of cumulative harm from domestic abuse since 2019.',
    action: 'Section 47 enquiry; children seen alone within 3 working days.',
  }),
  k('2021-07-s47', '2021-07-05', 'assessment', 'significant', 'a-csc', 'Section 47 enquiry', {
    endDate: '2021-07-30',
    subjectIds: [T, R, M],
    impact: 'All three children described fear of Jordan; Tyler described "being the one who rings the police".',
    action: 'Initial child protection conference convened.',
  }),
  k(
    '2021-08-icpc',
    '2021-08-16',
    'conference',
    'critical',
    'a-csc',
    'Initial child protection conference: Tyler, Ruby and Megan made subject to plans (emotional abuse)',
    {
      sequence: 1,
      subjectIds: [T, R, M],
      impact: 'The children live with the risk of further domestic abuse and its emotional harm.',
      action: 'Child protection plans; core group to meet within 10 working days.',
    },
  ),
  k('2021-08-cp-plan', '2021-08-16', 'plan', 'significant', 'a-csc', 'Child protection plan (emotional abuse)', {
    sequence: 2,
    endDate: '2022-09-12',
    subjectIds: [T, R, M],
    impact: 'Statutory plan to reduce the risk from domestic abuse.',
    action: 'Visits every 10 working days; core group every 6 weeks.',
  }),
  k('2021-10-court', '2021-10-19', 'court', 'significant', 'a-police', 'Jordan convicted of assault by beating: 12-month community order', {
    subjectIds: [J, K],
    confidentiality: 'third-party',
    impact: 'Jordan remained in the household; the order included a Building Better Relationships programme.',
    action: 'Probation to share progress with the core group.',
  }),
  k('2021-11-liam-declines', '2021-11', 'contact', 'notable', 'a-sms', 'Liam declines the alcohol assessment asked for by the core group', {
    subjectIds: [L],
    disputed: true,
    familyView: 'Liam says he does not have a drink problem and was never told the assessment was linked to seeing the children.',
  }),
  k(
    '2021-11-probation-start',
    '2021-11-03',
    'contact',
    'notable',
    'a-probation',
    'Jordan starts the Building Better Relationships programme',
    { subjectIds: [J], confidentiality: 'third-party' },
  ),

  // 2022: Alfie's birth; step down
  k('2022-01-alfie-born', '2022-01-19', 'health', 'notable', 'a-hv', 'Alfie born at Ysbyty Glanrhyd', {
    subjectIds: [A, K],
    summary: 'Born at 38 weeks, 3.2 kg, well.',
  }),
  k('2022-02-rcpc', '2022-02-15', 'conference', 'significant', 'a-csc', 'Review child protection conference: plans continue', {
    subjectIds: [T, R, M],
    impact: 'Some progress; Kayleigh has engaged with the IDVA but Jordan’s attendance at the programme is poor.',
    action: 'Plans continue; pre-birth learning applied to Alfie’s health visiting.',
  }),
  k('2022-05-miscarriage', '2022-05', 'health', 'notable', 'a-gp', 'Natalie (Liam’s partner) has a miscarriage', {
    subjectIds: ['p-natalie', L],
    confidentiality: 'third-party',
    summary: 'Shared by Liam at a contact review; Liam cancelled two contacts that month.',
  }),
  k('2022-06-fall', '2022-06-09', 'incident', 'routine', 'a-school-primary', 'Ruby falls in the playground and cuts her knee', {
    subjectIds: [R],
    action: 'First aid given; mother informed at collection.',
  }),
  k('2022-09-secondary', '2022-09-05', 'education', 'routine', 'a-school-secondary', 'Tyler starts at Ysgol Uwchradd Glanrhyd', {
    subjectIds: [T],
  }),
  k(
    '2022-09-rcpc',
    '2022-09-12',
    'conference',
    'notable',
    'a-csc',
    'Review conference: child protection plans end; step down to child in need',
    { sequence: 1, subjectIds: [T, R, M], action: 'Child in need plan; visits every 4 weeks.' },
  ),
  k('2022-09-cin-plan', '2022-09-12', 'plan', 'notable', 'a-csc', 'Child in need plan', {
    sequence: 2,
    endDate: '2023-06-20',
    subjectIds: [T, R, M],
  }),
  k('2022-11-sms-referral', '2022-11-08', 'referral', 'notable', 'a-gp', 'GP refers Kayleigh to the drug and alcohol service', {
    subjectIds: [K],
    confidentiality: 'restricted',
  }),
  k(
    '2022-12-attendance',
    '2022-12-14',
    'education',
    'notable',
    'a-school-secondary',
    'Tyler’s attendance 81% this term; two internal exclusions',
    { subjectIds: [T] },
  ),

  // 2023: missing episodes, assault on Tyler, kinship placement, second child protection plan
  k('2023-02-missing-1', '2023-02-11', 'missing', 'significant', 'a-police', 'Tyler missing overnight; found at a friend’s house', {
    time: '20:30',
    endDate: '2023-02-12',
    subjectIds: [T],
    impact: 'Tyler (11) out overnight without anyone knowing where he was.',
    action: 'Missing person report; return home interview requested.',
  }),
  k('2023-02-rhi', '2023-02-14', 'contact', 'notable', 'a-csc', 'Return home interview: Tyler says he “can’t stand being at home”', {
    subjectIds: [T],
  }),
  k('2023-03-transfer', '2023-03-13', 'decision', 'routine', 'a-csc', 'Case transferred to a new social worker (Sophie Bennett)', {
    subjectIds: [T, R, M],
  }),
  k(
    '2023-03-missing-2',
    '2023-03-18',
    'missing',
    'significant',
    'a-police',
    'Tyler missing overnight; found in the town centre with older youths',
    {
      time: '18:00',
      endDate: '2023-03-19',
      subjectIds: [T],
      impact: 'Found at 02:10 with young people known to police for drug supply.',
      action: 'Return home interview; intelligence shared with the exploitation team.',
    },
  ),
  k('2023-04-missing-3', '2023-04-08', 'missing', 'critical', 'a-police', 'Tyler missing for two nights; found in Swansea', {
    endDate: '2023-04-10',
    subjectIds: [T],
    impact: 'Strong indicators of criminal exploitation: new phone, cash, travelled 40 miles.',
    action: 'Exploitation screening completed; referred to the exploitation panel; strategy discussion.',
  }),
  k(
    '2023-04-camhs-referral',
    '2023-04-12',
    'referral',
    'notable',
    'a-school-secondary',
    'School refers Tyler to CAMHS after he discloses self-harm',
    { subjectIds: [T], confidentiality: 'restricted' },
  ),
  k('2023-04-missing-4', '2023-04-29', 'missing', 'significant', 'a-police', 'Tyler missing for six hours after an argument with Jordan', {
    time: '15:00',
    endDate: '2023-04-29',
    subjectIds: [T],
    impact: 'Fourth missing episode in eleven weeks.',
    action: 'Found by police at the skate park; returned home.',
  }),
  k('2023-05-police-assault', '2023-05-06', 'police', 'critical', 'a-police', 'Jordan assaults Tyler at the family home', {
    time: '21:40',
    sequence: 1,
    subjectIds: [T, J, R, M],
    summary: 'Argument about Tyler coming home late. Jordan punched Tyler in the face. Ruby and Megan saw it.',
    impact: 'Tyler has a cut lip and bruising to his cheek. The twins saw the assault and were very distressed.',
    action: 'Jordan arrested. Police took Tyler to the Emergency Department.',
    disputed: true,
    familyView: 'Jordan says Tyler went for him first and he was defending himself. Kayleigh says she did not see how it started.',
  }),
  k('2023-05-ed', '2023-05-06', 'health', 'significant', 'a-ed', 'Tyler seen in the Emergency Department: facial injury', {
    time: '22:55',
    sequence: 2,
    subjectIds: [T],
    impact: 'Cut lip and bruised cheek; no fracture. Tyler said “he hit me because I was late”.',
    action: 'Injury documented with body map; safeguarding referral made.',
  }),
  k('2023-05-gp-notification', '2023-05-06', 'health', 'notable', 'a-gp', 'ED attendance notification: facial injury to Tyler', {
    sequence: 3,
    subjectIds: [T],
    summary: 'Discharge letter from the Emergency Department filed on the GP record.',
  }),
  k(
    '2023-05-kinship',
    '2023-05-07',
    'placement',
    'significant',
    'a-csc',
    'Tyler moves to live with his grandmother Margaret (kinship placement)',
    {
      sequence: 1,
      subjectIds: [T],
      impact: 'Tyler is safe from Jordan and stays at his school; he asked to live with “Nain”.',
      action: 'Placement under section 76; connected person assessment started.',
    },
  ),
  k(
    '2023-05-interview',
    '2023-05-07',
    'police',
    'notable',
    'a-police',
    'Jordan interviewed: denies the assault and disputes that he is Alfie’s father',
    { sequence: 2, subjectIds: [J, A], confidentiality: 'third-party' },
  ),
  k('2023-05-strategy', '2023-05-08', 'meeting', 'significant', 'a-csc', 'Strategy meeting: section 47 enquiry for Tyler, Ruby and Megan', {
    subjectIds: [T, R, M],
    impact: 'Physical harm to Tyler; emotional harm to all three children.',
    action: 'Section 47 enquiry; Jordan on bail not to contact Tyler.',
  }),
  k(
    '2023-06-icpc',
    '2023-06-20',
    'conference',
    'critical',
    'a-csc',
    'Initial child protection conference: plans for physical and emotional abuse',
    {
      sequence: 1,
      subjectIds: [T, R, M],
      impact: 'Second child protection plan in two years: the earlier plan did not bring lasting change.',
      action: 'Child protection plans; Signs of Safety mapping with the family network.',
    },
  ),
  k('2023-06-cp-plan', '2023-06-20', 'plan', 'significant', 'a-csc', 'Child protection plan (physical and emotional abuse)', {
    sequence: 2,
    subjectIds: [T, R, M],
    impact: 'Statutory plan; the children’s safety depends on Jordan having no unsupervised contact.',
    action: 'Visits every 10 working days; core group every 6 weeks; Signs of Safety safety plan.',
  }),
  k('2023-07-camhs', '2023-07-11', 'health', 'notable', 'a-camhs', 'CAMHS first appointment: Tyler accepted for therapy', {
    subjectIds: [T],
    confidentiality: 'restricted',
  }),
  k('2023-07-mapping', '2023-07-18', 'meeting', 'notable', 'a-csc', 'Signs of Safety mapping meeting with the family and their network', {
    subjectIds: [T, R, M],
  }),
  k(
    '2023-08-panel',
    '2023-08-24',
    'decision',
    'notable',
    'a-csc',
    'Fostering panel approves Margaret as Tyler’s connected person (kinship) carer',
    { subjectIds: [T] },
  ),
  k('2023-11-bus-fight', '2023-11-02', 'incident', 'notable', 'a-school-secondary', 'Tyler in a fight on the school bus', {
    subjectIds: [T],
    action: 'Restorative meeting; bus pass suspended for a week.',
  }),

  // 2024: drift while the social worker was absent; Kayleigh leaves Jordan; escalating breaches
  k(
    '2024-02-oversight',
    '2024-02-05',
    'decision',
    'notable',
    'a-csc',
    'Management oversight: statutory visits overdue during the social worker’s absence',
    { recordedBy: 'Anwen Rees', subjectIds: [T, R, M], summary: 'No visits since 5 December 2023. Visits restarted this week.' },
  ),
  k(
    '2024-02-threat',
    '2024-02-09',
    'police',
    'critical',
    'a-police',
    'Jordan threatens to kill Kayleigh; Kayleigh leaves with Ruby, Megan and Alfie',
    {
      time: '08:15',
      sequence: 1,
      subjectIds: [K, J, R, M, A],
      impact: 'Immediate risk of serious harm to Kayleigh and the children.',
      action: 'Jordan arrested; Women’s Aid refuge found the same day; MARAC referral.',
    },
  ),
  k('2024-02-refuge', '2024-02-09', 'contact', 'significant', 'a-wa', 'Refuge space found for Kayleigh and the children', {
    sequence: 2,
    subjectIds: [K, R, M, A],
    confidentiality: 'restricted',
    impact: 'The children are away from Jordan but have left their home and belongings.',
    action: 'Address held confidentially; school transport arranged.',
  }),
  k(
    '2024-02-school',
    '2024-02-12',
    'education',
    'notable',
    'a-school-primary',
    'Twins stay at Bryn Awel with transport from their new address',
    { subjectIds: [R, M] },
  ),
  k('2024-03-nmo', '2024-03-05', 'court', 'significant', 'a-csc', 'Non-molestation order granted against Jordan (12 months)', {
    subjectIds: [K, J, R, M, A],
    impact: 'Legal protection for Kayleigh and the children.',
    action: 'Order shared with police, school and nursery.',
  }),
  k('2024-03-rcpc', '2024-03-12', 'conference', 'notable', 'a-csc', 'Review child protection conference and first safety plan review', {
    subjectIds: [T, R, M],
  }),
  k(
    '2024-04-breach-1',
    '2024-04-20',
    'police',
    'significant',
    'a-police',
    'Jordan breaches the non-molestation order: waits outside the twins’ school',
    {
      time: '15:20',
      subjectIds: [J, R, M],
      impact: 'The twins saw him and were frightened to leave school.',
      action: 'Arrested and released on bail; school gate plan agreed.',
    },
  ),
  k(
    '2024-06-breach-2',
    '2024-06-30',
    'police',
    'critical',
    'a-police',
    'Jordan breaches the order again: tries to force entry at Kayleigh’s address',
    {
      time: '02:05',
      subjectIds: [K, J, R, M, A],
      confidentiality: 'restricted',
      impact: 'Children woken by the door being kicked; Alfie (2) could not be settled.',
      action: 'Arrested and remanded in custody.',
    },
  ),
  k(
    '2024-08-sentence',
    '2024-08-15',
    'court',
    'significant',
    'a-police',
    'Jordan sentenced to 14 months’ imprisonment for breach and criminal damage',
    {
      subjectIds: [J],
      confidentiality: 'third-party',
      impact: 'Immediate risk to the children reduced while he is in custody.',
      action: 'Victim contact scheme referral for Kayleigh.',
    },
  ),
  k('2024-08-tenancy', '2024-08-01', 'contact', 'notable', 'a-housing', 'Kayleigh offered a permanent tenancy', {
    subjectIds: [K, R, M, A],
    confidentiality: 'restricted',
  }),
  k('2024-09-rcpc', '2024-09-17', 'conference', 'notable', 'a-csc', 'Review child protection conference and second safety plan review', {
    subjectIds: [T, R, M],
  }),
  k('2024-11-asthma', '2024-11-05', 'health', 'routine', 'a-gp', 'Megan’s asthma review: good inhaler technique', { subjectIds: [M] }),

  // 2025
  k('2025-01-attendance', '2025-01', 'education', 'notable', 'a-school-secondary', 'Tyler’s attendance up to 93% this term', {
    subjectIds: [T],
    summary: 'Positive: no exclusions this term and playing for the school football team.',
  }),
  k('2025-03-rcpc', '2025-03-18', 'conference', 'notable', 'a-csc', 'Review child protection conference and third safety plan review', {
    subjectIds: [T, R, M],
    action: 'Plans continue to the next review; safety plan version 3 agreed.',
  }),
  k(
    '2025-05-missing-5',
    '2025-05-10',
    'missing',
    'notable',
    'a-police',
    'Tyler missing for four hours after a phone call with his father',
    { time: '17:30', endDate: '2025-05-10', subjectIds: [T], action: 'Came home by himself; return home interview the next day.' },
  ),
  k(
    '2025-06-pregnancy',
    '2025-06',
    'other',
    'routine',
    'a-csc',
    'Liam tells the social worker that Natalie is pregnant (due January 2026)',
    { subjectIds: [L, 'p-natalie'], confidentiality: 'third-party' },
  ),
  k('2025-07-camhs-review', '2025-07-29', 'health', 'notable', 'a-camhs', 'CAMHS review: therapy to continue; fewer angry outbursts', {
    subjectIds: [T],
    confidentiality: 'restricted',
  }),
];

/** Where the generated entries' record ids start, so buildChronology gives the same ids however often it runs. */
const KEY_REFS_END = refCounter;
export function restartGeneratedRefs(): void {
  refCounter = KEY_REFS_END;
}
