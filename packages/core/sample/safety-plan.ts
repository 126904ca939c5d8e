import type { Action, AuditEvent, SafetyPlan, ScaleRating, Statement } from '../src/schema/index.js';

/*
 * The Evans children's Signs of Safety assessment and safety plan. Drafted at the mapping meeting of 18 July 2023,
 * first agreed at the review of 12 March 2024 and revised at each review since. The record in the bundle is the
 * current agreed revision (version 3); the earlier revisions are kept where a case system keeps them: in the audit
 * trail, as the `before` of each update (see `planHistory`).
 */

const REVIEWS = ['2024-03-12', '2024-09-17', '2025-03-18'] as const;
const QUESTION =
  'On a scale of 0 to 10, where 10 means everyone knows the children are safe enough for children’s services to close the case, and 0 means things are so bad the children cannot live at home, where are things today?';

const s = (id: string, text: string, extra: Partial<Statement> = {}): Statement => ({ id, text, ...extra });

const harm: Statement[] = [
  s(
    'st-harm-1',
    'In May 2021 Jordan pushed Kayleigh against a wall and took her phone while the children were in the house. Tyler, aged 9, called 999.',
    { by: 'pr-mark', agreedBy: ['p-kayleigh', 'pr-hartley'] },
  ),
  s('st-harm-2', 'On 6 May 2023 Jordan punched Tyler in the face, cutting his lip and bruising his cheek. Ruby and Megan saw it happen.', {
    by: 'pr-sophie',
    agreedBy: ['p-kayleigh', 'p-tyler'],
    disputedBy: ['p-jordan'],
  }),
  s(
    'st-harm-3',
    'Between February and April 2023 Tyler went missing four times, once for two nights, and was found with older young people known to police for drug supply.',
    { by: 'pr-hartley', agreedBy: ['p-kayleigh', 'p-margaret'] },
  ),
  s(
    'st-harm-4',
    'Since 2019 the children have heard many arguments between the adults looking after them, and police were called to the family home in 2019 and 2020.',
    { by: 'pr-sophie', agreedBy: ['p-kayleigh'], disputedBy: ['p-liam'] },
  ),
];

const complicatingFactors: Statement[] = [
  s('st-cf-1', 'Kayleigh has used alcohol to cope when things are hard, and in the past found it hard to stay away from Jordan.', {
    by: 'pr-sophie',
    agreedBy: ['p-kayleigh'],
  }),
  s('st-cf-2', 'Jordan is due to be released from prison in late 2025 and knows the area where the children live and go to school.', {
    by: 'pr-hartley',
  }),
  s('st-cf-3', 'Liam drinks heavily at weekends and did not take up the alcohol assessment the core group asked for.', {
    by: 'pr-sophie',
    disputedBy: ['p-liam'],
  }),
  s('st-cf-4', 'Tyler’s anger, and his loyalty to his mum, make it hard for him to say when he is worried.', {
    by: 'pr-nia',
    agreedBy: ['p-margaret'],
  }),
];

const dangerStatements: Statement[] = [
  s(
    'st-danger-1',
    'Children’s services, the police and the school are worried that if Jordan comes back into the children’s lives, Ruby, Megan and Alfie could be hurt, or see their mum being hurt again, and feel frightened and unsafe at home.',
    { by: 'pr-sophie', agreedBy: ['p-kayleigh', 'p-margaret', 'pr-bethan'], linkedIds: ['st-goal-1'] },
  ),
  s(
    'st-danger-2',
    'We are worried that Tyler could go missing again and be hurt or used by older young people to carry drugs, and that he could feel he has nobody to turn to when he is angry.',
    { by: 'pr-sophie', agreedBy: ['p-margaret', 'p-tyler'], linkedIds: ['st-goal-2'] },
  ),
  s(
    'st-danger-3',
    'We are worried that if Kayleigh starts drinking more again when things get hard, Ruby, Megan and Alfie could be left without an adult who is able to look after them.',
    { by: 'pr-sophie', disputedBy: ['p-kayleigh'] },
  ),
];

const safetyGoals: Statement[] = [
  s(
    'st-goal-1',
    'Everyone in the network, including Kayleigh’s family, will be confident that Kayleigh and the children are safe from Jordan: he has no contact unless a court allows it, and Kayleigh tells her network and the police straight away if he gets in touch.',
    { by: 'pr-sophie', agreedBy: ['p-kayleigh', 'p-sian'], linkedIds: ['st-danger-1'] },
  ),
  s(
    'st-goal-2',
    'Tyler will have a safe, settled home with Nain, adults he can talk to when he is angry or upset, and he will be home when he is meant to be.',
    { by: 'pr-sophie', agreedBy: ['p-tyler', 'p-margaret'], linkedIds: ['st-danger-2'] },
  ),
];

const strengths: Statement[] = [
  s('st-str-1', 'Kayleigh left Jordan in February 2024 and has kept the children away from him since, even when he turned up at school.', {
    by: 'pr-sophie',
    agreedBy: ['pr-rachel', 'pr-bethan'],
  }),
  s('st-str-2', 'Nain’s house is calm. I can have my mates round and she doesn’t shout.', { by: 'p-tyler', familyWords: true }),
  s('st-str-3', 'Ruby and Megan go to school every day; their teachers say they are happy, kind to others and doing well.', {
    by: 'pr-bethan',
  }),
  s('st-str-4', 'Kayleigh completed the Freedom Programme and was discharged by the drug and alcohol service with her goals met.', {
    by: 'pr-rachel',
    agreedBy: ['pr-lee'],
  }),
];

const existingSafety: Statement[] = [
  s('st-es-1', 'Siân has the twins every Saturday, and both girls say she is someone they can tell if they are worried.', {
    by: 'p-sian',
    familyWords: false,
    agreedBy: ['p-ruby', 'p-megan'],
  }),
  s('st-es-2', 'The school has a gate plan: only Kayleigh, Siân or Margaret can collect the twins.', { by: 'pr-bethan' }),
  s(
    'st-es-3',
    'Tyler has Nain’s and his coach Gethin’s numbers in his phone, and twice this year he has rung Nain to be picked up rather than stay out.',
    { by: 'p-margaret' },
  ),
];

const rules: Statement[] = [
  s('st-rule-1', 'If Jordan rings or messages, I tell Siân and the police the same day.', { by: 'p-kayleigh', familyWords: true }),
  s('st-rule-2', 'Only Mum, Auntie Siân and Nain pick us up from school.', { by: 'p-ruby', familyWords: true }),
  s('st-rule-3', 'When I’m angry I go to my room or ring Nain. Nobody follows me out the house.', { by: 'p-tyler', familyWords: true }),
  s('st-rule-4', 'I don’t drink when I’m looking after the kids on my own.', { by: 'p-kayleigh', familyWords: true }),
  s('st-rule-5', 'Tyler texts me if he’s going to be later than nine o’clock.', { by: 'p-margaret', familyWords: true }),
];

function nextSteps(stage: number): Action[] {
  const st = (...byStage: Action['status'][]): Action['status'] => byStage[Math.min(stage, byStage.length - 1)]!;
  return [
    { id: 'ns-1', text: 'Tell the police and Sophie within 24 hours if Jordan makes any contact.', owner: 'p-kayleigh', status: 'doing' },
    {
      id: 'ns-2',
      text: 'Refer Ruby to the school counsellor.',
      owner: 'pr-bethan',
      due: '2024-10-31',
      status: st('to-do', 'to-do', 'done'),
    },
    {
      id: 'ns-3',
      text: 'Share the CAMHS therapy review with the core group.',
      owner: 'pr-nia',
      due: '2025-08-15',
      // The review is on 29 July 2025 (the chronology's 2025-07-camhs-review): still to do when version 3 was agreed.
      status: 'to-do',
    },
    {
      id: 'ns-4',
      text: 'Tell the social worker the date of Jordan’s release and his licence conditions.',
      owner: 'Probation (offender manager)',
      due: '2025-06-30',
      status: 'to-do',
    },
    {
      id: 'ns-5',
      text: 'Complete the special guardianship assessment for Margaret.',
      owner: 'pr-sophie',
      due: '2025-07-31',
      status: st('to-do', 'to-do', 'to-do', 'doing'),
    },
    {
      id: 'ns-6',
      text: 'Complete an alcohol assessment before contact with the children is extended.',
      owner: 'p-liam',
      due: '2025-05-31',
      status: st('to-do', 'to-do', 'to-do', 'not-done'),
    },
    {
      id: 'ns-7',
      text: 'Hold a family network meeting to plan for Jordan’s release.',
      owner: 'pr-sophie',
      due: '2025-10-15',
      status: 'to-do',
    },
    {
      id: 'ns-8',
      text: 'Add the school gate plan to the twins’ school records.',
      owner: 'pr-bethan',
      due: '2024-03-31',
      status: st('doing', 'done'),
    },
  ];
}

const RATERS: [string, number[], string?][] = [
  ['p-kayleigh', [6, 7, 8], 'Things are so much calmer since we left.'],
  ['p-tyler', [4, 6, 7], 'I still worry he’ll come back.'],
  ['p-margaret', [5, 7, 8]],
  ['pr-sophie', [3, 5, 6], 'Good progress; Jordan’s release is the main worry.'],
  ['pr-bethan', [4, 6, 7]],
  ['pr-hartley', [2, 4, 6], 'Two breaches of the order before he was remanded.'],
];

function scales(stage: number): ScaleRating[] {
  const out: ScaleRating[] = [];
  REVIEWS.slice(0, stage).forEach((at, r) => {
    for (const [by, scores, note] of RATERS) {
      out.push({ id: `sc-${r + 1}-${by}`, by, score: scores[r]!, at, question: QUESTION, ...(note && r === stage - 1 ? { note } : {}) });
    }
  });
  return out;
}

/** The plan as it stood after the mapping (stage 0, a draft) and after each of the three reviews (stages 1–3). */
export function planAt(stage: 0 | 1 | 2 | 3): SafetyPlan {
  const updated = stage === 0 ? '2023-07-18T15:30:00Z' : `${REVIEWS[stage - 1]}T16:00:00Z`;
  const plan: SafetyPlan = {
    id: 'sp-evans-children',
    title: 'Safety plan for Tyler, Ruby and Megan',
    status: stage === 0 ? 'draft' : 'agreed',
    childIds: ['p-tyler', 'p-ruby', 'p-megan'],
    createdAt: '2023-07-18T15:30:00Z',
    updatedAt: updated,
    reviewDate: stage === 0 ? '2024-03-12' : stage === 3 ? '2025-10-14' : REVIEWS[stage],
    version: stage,
    harm,
    complicatingFactors: stage >= 2 ? complicatingFactors : complicatingFactors.slice(0, 3),
    dangerStatements,
    strengths: stage >= 1 ? strengths : strengths.slice(1, 3),
    existingSafety,
    safetyGoals,
    nextSteps: nextSteps(stage),
    scales: scales(stage),
    rules: stage >= 2 ? rules : rules.slice(0, 3),
    network: [
      { memberId: 'p-margaret', role: 'Kinship carer; Tyler’s safety person' },
      { memberId: 'p-sian', role: 'Has the twins on Saturdays; safety person for Ruby and Megan' },
      { memberId: 'p-eirlys', role: 'Drives Tyler to football' },
      { memberId: 'p-brenda', role: 'Checks in on Kayleigh every week' },
      { memberId: 'p-jade', role: 'Kayleigh’s friend; knows the plan' },
      { memberId: 'p-gethin', role: 'Football coach; an adult Tyler trusts' },
      { memberId: 'pr-sophie', role: 'Social worker' },
      { memberId: 'pr-bethan', role: 'School safeguarding lead' },
      { memberId: 'pr-rachel', role: 'Domestic abuse support' },
      { memberId: 'pr-nia', role: 'CAMHS' },
    ],
  };
  if (stage >= 2) {
    plan.childView = {
      childId: 'p-ruby',
      consentToShare: true,
      worries: [
        s('cv-w-1', 'When Jordan was outside school and we had to stay in the office.', { by: 'p-ruby', familyWords: true }),
        s('cv-w-2', 'Tyler doesn’t live with us any more.', { by: 'p-ruby', familyWords: true }),
      ],
      goodThings: [
        s('cv-g-1', 'Saturdays at Auntie Siân’s. We make pancakes.', { by: 'p-ruby', familyWords: true }),
        s('cv-g-2', 'My new bedroom has fairy lights.', { by: 'p-ruby', familyWords: true }),
        s('cv-g-3', 'Megan is my best friend.', { by: 'p-ruby', familyWords: true }),
      ],
      dreams: [
        s('cv-d-1', 'A puppy called Biscuit.', { by: 'p-ruby', familyWords: true }),
        s('cv-d-2', 'Tyler coming for tea every week.', { by: 'p-ruby', familyWords: true }),
        s('cv-d-3', 'To be a vet.', { by: 'p-ruby', familyWords: true }),
      ],
    };
  }
  return plan;
}

/** The plan's audit trail: created as a draft, then updated at each review; each update keeps the earlier revision as `before`. */
export function planHistory(): AuditEvent[] {
  const events: AuditEvent[] = [
    {
      id: 'au-sp-0',
      at: '2023-07-18T15:30:00Z',
      actor: 'Sophie Bennett',
      entity: 'SafetyPlan',
      entityId: 'sp-evans-children',
      op: 'create',
      after: planAt(0),
    },
  ];
  for (const stage of [1, 2, 3] as const) {
    events.push({
      id: `au-sp-${stage}`,
      at: `${REVIEWS[stage - 1]}T16:00:00Z`,
      actor: 'Sophie Bennett',
      entity: 'SafetyPlan',
      entityId: 'sp-evans-children',
      op: 'update',
      before: planAt((stage - 1) as 0 | 1 | 2),
      after: planAt(stage),
    });
  }
  return events;
}
