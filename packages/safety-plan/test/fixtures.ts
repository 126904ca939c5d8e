import type { CaseBundle, SafetyPlan } from '@opencasework/core';

/** A small crafted plan: two parents, a child, a social worker and a teacher. */
export function craftedPlan(): SafetyPlan {
  return {
    id: 'plan-1',
    title: 'Safety plan for Ava',
    status: 'agreed',
    childIds: ['p-ava'],
    createdAt: '2024-01-10T10:00:00Z',
    updatedAt: '2024-02-01T10:00:00Z',
    reviewDate: '2024-06-01',
    version: 1,
    harm: [{ id: 'h1', text: 'Ava was hit by Dan in January.', by: 'pro-sw', agreedBy: ['p-mum'], disputedBy: ['p-dan'] }],
    complicatingFactors: [{ id: 'c1', text: 'Mum drinks when she is stressed.', by: 'pro-sw' }],
    dangerStatements: [
      { id: 'd1', text: 'We worry Ava could be hurt again if Dan visits.', by: 'pro-sw', linkedIds: ['g1'] },
      { id: 'd2', text: 'We worry Ava could be left alone at night.', by: 'pro-sw' },
    ],
    strengths: [
      { id: 's1', text: 'Mum walks Ava to school every day.', by: 'pro-teacher' },
      { id: 's2', text: 'We love each other and we laugh a lot.', by: 'p-mum', familyWords: true },
    ],
    existingSafety: [{ id: 'e1', text: 'Gran has Ava on Fridays.', by: 'p-gran' }],
    safetyGoals: [{ id: 'g1', text: 'Ava will be safe from Dan.', by: 'pro-sw' }],
    nextSteps: [
      { id: 'n1', text: 'Book a parenting course.', owner: 'p-mum', due: '2024-03-01', status: 'to-do' },
      { id: 'n2', text: 'Visit Ava at home.', owner: 'pro-sw', due: '2024-05-01', status: 'to-do' },
      { id: 'n3', text: 'Talk to the school nurse.', owner: 'pro-sw', due: '2024-02-01', status: 'done' },
      { id: 'n4', text: 'Ring the housing office.', status: 'doing' },
    ],
    scales: [
      { id: 'r1', by: 'p-mum', score: 7, at: '2024-01-10' },
      { id: 'r2', by: 'pro-sw', score: 3, at: '2024-01-10', question: 'How safe is Ava today?' },
      { id: 'r3', by: 'p-mum', score: 8, at: '2024-02-01' },
      { id: 'r4', by: 'pro-sw', score: 4, at: '2024-02-01' },
      { id: 'r5', by: 'pro-teacher', score: 6, at: '2024-02-01' },
    ],
    rules: [{ id: 'rule1', text: 'Dan does not come to the house.', by: 'p-mum', familyWords: true }],
    network: [
      { memberId: 'p-gran', role: 'Has Ava on Fridays' },
      { memberId: 'pro-teacher', role: 'Teacher' },
    ],
    childView: {
      childId: 'p-ava',
      consentToShare: false,
      worries: [{ id: 'w1', text: 'When Dan shouts.', by: 'p-ava', familyWords: true }],
      goodThings: [{ id: 'gt1', text: 'Fridays at Gran’s.', by: 'p-ava', familyWords: true }],
      dreams: [{ id: 'dr1', text: 'A puppy.', by: 'p-ava', familyWords: true }],
    },
  };
}

export function craftedBundle(plan: SafetyPlan | Record<string, unknown> = craftedPlan()): CaseBundle {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'case-1', subjectIds: ['p-ava'] },
    people: [
      { id: 'p-ava', givenName: 'Ava', familyName: 'Stone', gender: 'female', dateOfBirth: '2016-04-02' },
      { id: 'p-mum', givenName: 'Lisa', familyName: 'Stone', gender: 'female' },
      { id: 'p-dan', givenName: 'Dan', familyName: 'Price', gender: 'male' },
      { id: 'p-gran', givenName: 'June', familyName: 'Stone', gender: 'female' },
    ],
    agencies: [
      { id: 'a-lа', name: 'Children’s services', sector: 'social-care' },
      { id: 'a-school', name: 'Hill Primary', sector: 'education' },
    ],
    professionals: [
      { id: 'pro-sw', name: 'Sam Patel', role: 'Social worker', agencyId: 'a-lа' },
      { id: 'pro-teacher', name: 'Ms Owen', role: 'Class teacher', agencyId: 'a-school' },
    ],
    safetyPlans: [plan as SafetyPlan],
  };
}
