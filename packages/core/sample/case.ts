import type { CaseBundle } from '../src/schema/index.js';
import { CASE_BUNDLE_SCHEMA } from '../src/schema/index.js';
import { people, relationships, households } from './family.js';
import { agencies, professionals, involvements } from './team.js';
import { buildChronology } from './chronology.js';
import { planAt, planHistory } from './safety-plan.js';

export function buildCase(): CaseBundle {
  return {
    schema: CASE_BUNDLE_SCHEMA,
    case: {
      id: 'case-evans-2019',
      title: 'Tyler, Ruby and Megan Evans',
      subjectIds: ['p-tyler', 'p-ruby', 'p-megan'],
      openedAt: '2019-05',
    },
    people,
    relationships,
    households,
    agencies,
    professionals,
    involvements,
    chronology: buildChronology(),
    safetyPlans: [planAt(3)],
    audit: planHistory(),
  };
}
