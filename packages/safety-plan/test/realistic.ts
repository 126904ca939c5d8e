import type { Action, AuditEvent, CaseBundle, SafetyPlan, ScaleRating } from '@opencasework/core';

/*
 * A realistic case for issue 14, with distractors: two children (Amy, 13, who rates; Leo, 8, who rated once in June),
 * a mother and her partner, a grandmother who is a carer and not a parent, a neighbour, four professionals and a
 * free-text rater; two plans (the 2024 plan, closed, with steps never done; the current plan, version 5); an audit
 * trail where version 5 was agreed at a review meeting (recorded as "reviewed", as case systems do) and a later review
 * (1 October 2026) recorded four new scores and marked a step done without agreeing a new version.
 * "Today" for the case is 30 November 2026.
 */
export const TODAY = '2026-11-30';

const Q = 'On a scale of 0 to 10, how safe is Amy at home today?';
const r = (id: string, by: string, score: number, at: string, note?: string): ScaleRating => ({
  id,
  by,
  score,
  at,
  question: Q,
  ...(note ? { note } : {}),
});

/** Scores across four reviews. Written down before any code ran: at 1 October 2026 Amy 5, Sarah 9, Amir 6, Rosa 5. */
const SCORES: ScaleRating[] = [
  r('s1-sarah', 'p-sarah', 6, '2026-03-10'),
  r('s1-amy', 'p-amy', 3, '2026-03-10', 'Craig shouts and I hide in my room.'),
  r('s1-amir', 'pr-amir', 3, '2026-03-10'),
  r('s2-sarah', 'p-sarah', 8, '2026-06-09', 'Craig moved out in May.'),
  r('s2-amy', 'p-amy', 4, '2026-06-05', 'It is quieter but he still comes round.'), // direct work four days before the review
  r('s2-leo', 'p-leo', 7, '2026-06-09', 'I like it when Nan comes.'),
  r('s2-pat', 'p-pat', 7, '2026-06-09'),
  r('s2-amir', 'pr-amir', 5, '2026-06-09', 'Progress, but Craig is still visiting.'),
  r('s2-school', 'Hillside school nurse', 6, '2026-06-09'),
];
const REVIEW_OCT: ScaleRating[] = [
  r('s3-amy', 'p-amy', 5, '2026-10-01', 'I still get scared when Craig shouts at Mum on the phone.'),
  r('s3-sarah', 'p-sarah', 9, '2026-10-01', 'Craig has not been here since the summer.'),
  r('s3-amir', 'pr-amir', 6, '2026-10-01', 'Better, but Amy is still frightened.'),
  r('s3-rosa', 'pr-rosa', 5, '2026-10-01'),
];

/** Steps as at the case's date: three are due before it and not done (to do, doing, not done); the rest are not overdue. */
export const STEPS: Action[] = [
  {
    id: 'st-a',
    text: 'Sarah meets the IDVA to plan what to do if Craig comes to the house.',
    owner: 'p-sarah',
    due: '2026-10-01',
    status: 'to-do',
  },
  { id: 'st-b', text: 'Refer Craig to a perpetrator programme.', owner: 'pr-amir', due: '2026-11-15', status: 'doing' },
  { id: 'st-c', text: 'Craig completes the Caring Dads course.', owner: 'p-craig', due: '2026-09-30', status: 'not-done' },
  { id: 'st-d', text: 'Share the MARAC action plan with the core group.', owner: 'pr-rosa', due: '2026-08-01', status: 'done' },
  { id: 'st-e', text: 'Amy’s school safeguarding lead checks in with her each week.', owner: 'pr-bell', due: TODAY, status: 'to-do' },
  { id: 'st-f', text: 'Book the special guardianship assessment for Pat.', owner: 'pr-amir', due: '2026-11', status: 'to-do' },
  { id: 'st-g', text: 'Pat has Amy and Leo on Saturdays.', owner: 'p-pat', status: 'to-do' },
  { id: 'st-h', text: 'Hold the next core group.', owner: 'pr-amir', due: '2026-12-05', status: 'to-do' },
];
/** The overdue steps, written down first: due before 30 November 2026 and not done. */
export const OVERDUE = ['st-a', 'st-b', 'st-c'];

function current(stage: 'v4' | 'v5' | 'oct'): SafetyPlan {
  const steps = STEPS.map((s) => (stage !== 'oct' && s.id === 'st-d' ? { ...s, status: 'doing' as const } : s));
  return {
    id: 'sp-2026',
    title: 'Safety plan for Amy and Leo (2026)',
    status: stage === 'v4' ? 'agreed' : 'reviewed',
    childIds: ['p-amy', 'p-leo'],
    createdAt: '2025-11-04T10:00:00Z',
    updatedAt: stage === 'v4' ? '2026-03-10T15:00:00Z' : stage === 'v5' ? '2026-06-09T15:00:00Z' : '2026-10-01T15:00:00Z',
    reviewDate: '2027-01-12',
    version: stage === 'v4' ? 4 : 5,
    harm: [
      {
        id: 'h1',
        text: 'In January 2026 Craig pushed Sarah down the stairs while Amy watched. Police were called.',
        by: 'pr-amir',
        agreedBy: ['p-sarah', 'p-amy'],
        disputedBy: ['p-craig'],
      },
    ],
    complicatingFactors: [{ id: 'c1', text: 'Sarah has been to MARAC twice and the non-molestation order ends in March.', by: 'pr-rosa' }],
    dangerStatements: [
      {
        id: 'd1',
        text: 'We are worried that if Craig comes back, Amy and Leo could see or hear Sarah being hurt and be hurt themselves.',
        by: 'pr-amir',
        linkedIds: ['g1'],
      },
    ],
    strengths: [{ id: 'w1', text: 'Mum always comes to get me when I ring.', by: 'p-amy', familyWords: true }],
    existingSafety: [{ id: 'e1', text: 'Pat has the children every Saturday and knows the safeguarding plan.', by: 'pr-amir' }],
    safetyGoals: [
      { id: 'g1', text: 'Amy and Leo will live safely with Sarah, with no contact from Craig unless it is agreed.', by: 'pr-amir' },
    ],
    nextSteps: steps,
    scales: stage === 'v4' ? SCORES.slice(0, 3) : stage === 'v5' ? SCORES : [...SCORES, ...REVIEW_OCT],
    rules: [{ id: 'rule1', text: 'If Craig turns up, I don’t open the door and I ring 999.', by: 'p-sarah', familyWords: true }],
    network: [
      { memberId: 'p-pat', role: 'Nan; has the children on Saturdays' },
      { memberId: 'p-jan', role: 'Neighbour; Amy can go to her' },
      { memberId: 'pr-rosa', role: 'IDVA' },
      { memberId: 'pr-bell', role: 'Designated safeguarding lead' },
    ],
    childView: {
      childId: 'p-amy',
      consentToShare: true,
      worries: [{ id: 'hw1', text: 'Craig coming back.', by: 'p-amy', familyWords: true }],
      goodThings: [{ id: 'hg1', text: 'Nan’s on Saturdays.', by: 'p-amy', familyWords: true }],
      dreams: [{ id: 'hd1', text: 'A safeguard for my phone so he can’t message me.', by: 'p-amy', familyWords: true }],
    },
  };
}

/** The 2024 plan, closed when the first CP plan ended: its unfinished steps and old scores are not the current plan's. */
export function closedPlan(): SafetyPlan {
  return {
    id: 'sp-2024',
    title: 'Safety plan for Amy (2024)',
    status: 'closed',
    childIds: ['p-amy'],
    createdAt: '2024-02-01T10:00:00Z',
    updatedAt: '2024-12-01T10:00:00Z',
    version: 2,
    harm: [{ id: 'old-h1', text: 'Amy was left alone overnight in January 2024.', by: 'pr-amir' }],
    nextSteps: [{ id: 'old-s1', text: 'Sarah attends the parenting course.', owner: 'p-sarah', due: '2024-06-01', status: 'to-do' }],
    scales: [
      { id: 'old-r1', by: 'p-sarah', score: 10, at: '2024-11-20', note: 'Everything is fine now.' },
      { id: 'old-r2', by: 'p-amy', score: 2, at: '2024-11-20' },
    ],
  };
}

const ev = (id: string, at: string, op: AuditEvent['op'], after: SafetyPlan, before?: SafetyPlan): AuditEvent => ({
  id,
  at,
  actor: 'pr-amir',
  entity: 'SafetyPlan',
  entityId: after.id,
  op,
  after,
  ...(before ? { before } : {}),
});

export function realisticAudit(): AuditEvent[] {
  const v4 = current('v4'),
    v5 = current('v5'),
    oct = current('oct');
  return [
    // Distractors: another plan's history and another record type with the same id.
    ev('au-old', '2024-12-01T10:00:00Z', 'update', closedPlan(), { ...closedPlan(), status: 'agreed' }),
    { id: 'au-person', at: '2026-10-02T09:00:00Z', actor: 'pr-amir', entity: 'Person', entityId: 'sp-2026', op: 'update', after: {} },
    ev('au-v4', '2026-03-10T15:00:00Z', 'update', v4, { ...v4, status: 'draft', version: 3 }),
    ev('au-v5', '2026-06-09T15:00:00Z', 'update', v5, v4),
    ev('au-oct', '2026-10-01T15:00:00Z', 'update', oct, v5),
  ];
}

export function realisticBundle(): CaseBundle {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'case-hill', subjectIds: ['p-amy', 'p-leo'] },
    people: [
      { id: 'p-amy', givenName: 'Amy', familyName: 'Hill', gender: 'female', dateOfBirth: '2013-05-10' },
      { id: 'p-leo', givenName: 'Leo', familyName: 'Hill', gender: 'male', dateOfBirth: '2018-02-14' },
      { id: 'p-sarah', givenName: 'Sarah', familyName: 'Hill', gender: 'female', dateOfBirth: '1990-07-01' },
      { id: 'p-craig', givenName: 'Craig', familyName: 'Dunn', gender: 'male', dateOfBirth: '1987-01-20' },
      { id: 'p-pat', givenName: 'Pat', familyName: 'Hill', gender: 'female', dateOfBirth: '1962-03-03' },
      { id: 'p-jan', givenName: 'Jan', familyName: 'Price', gender: 'female' },
    ],
    agencies: [
      { id: 'a-cs', name: 'Children’s services', sector: 'social-care' },
      { id: 'a-wa', name: 'Women’s Aid', sector: 'voluntary' },
      { id: 'a-school', name: 'Hillside School', sector: 'education' },
    ],
    professionals: [
      { id: 'pr-amir', name: 'Amir Khan', role: 'Social worker', agencyId: 'a-cs' },
      { id: 'pr-rosa', name: 'Rosa Lane', role: 'IDVA', agencyId: 'a-wa' },
      { id: 'pr-bell', name: 'Tom Bell', role: 'Designated safeguarding lead', agencyId: 'a-school' },
    ],
    safetyPlans: [closedPlan(), current('oct')],
    audit: realisticAudit(),
  };
}
