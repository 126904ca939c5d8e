/** Small crafted case bundles for the family network tests. Every value is invented. */
import type { CaseBundle } from '@opencasework/core';

export const TODAY = '2025-06-02';

/** The Rivers family: Jay (7) and Mo (2) live with their mother Ann; Gran lives elsewhere; a neighbour helps. */
export function riversFamily(): CaseBundle {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'case-1', title: 'Rivers family', subjectIds: ['jay', 'mo'] },
    people: [
      {
        id: 'ann',
        givenName: 'Ann',
        familyName: 'Rivers',
        gender: 'female',
        dateOfBirth: '1990-04-01',
        confidentialAddress: true,
        address: '1 Secret Lane',
      } as never,
      { id: 'jay', givenName: 'Jay', familyName: 'Rivers', gender: 'male', dateOfBirth: '2018-01-15' },
      { id: 'mo', givenName: 'Mo', familyName: 'Rivers', gender: 'female', dateOfBirth: '2023-03' },
      { id: 'gran', givenName: 'Rose', familyName: 'Rivers', gender: 'female', dateOfBirth: '1960' },
      { id: 'neighbour', givenName: 'Pat', familyName: 'Green', gender: 'not-known' },
      { id: 'uncle', givenName: 'Tom', familyName: 'Rivers', gender: 'male', dateOfBirth: '1988' },
    ],
    relationships: [
      { id: 'r1', kind: 'parent', parentId: 'ann', childId: 'jay', type: 'biological' },
      { id: 'r2', kind: 'parent', parentId: 'ann', childId: 'mo', type: 'biological' },
      { id: 's1', kind: 'support', a: 'ann', b: 'neighbour', label: 'neighbour' },
    ],
    households: [
      { id: 'h1', name: 'Ann’s home', memberIds: ['ann', 'jay', 'mo'] },
      { id: 'h2', name: 'Gran’s home', memberIds: ['gran'] },
      { id: 'h-old', name: 'Old flat', memberIds: ['ann', 'uncle'], to: '2020' },
    ],
    agencies: [
      { id: 'cs', name: 'Children’s Services', sector: 'social-care' },
      { id: 'school', name: 'Hill Primary School', sector: 'education' },
      { id: 'gp', name: 'Market Street Surgery', sector: 'health' },
      { id: 'refuge', name: 'Safe Haven Refuge', sector: 'voluntary' },
      { id: 'police', name: 'County Police', sector: 'police' },
    ],
    professionals: [
      { id: 'sw', name: 'Sam Social', role: 'Social worker', agencyId: 'cs', phone: '01234 567890', email: 'sam@example.org' },
      { id: 'teacher', name: 'Tina Teach', role: 'Class teacher', agencyId: 'school', phone: 'javascript:alert(1)', email: 'not an email' },
      { id: 'gpdoc', name: 'Dr Gill', role: 'GP', agencyId: 'gp' },
      { id: 'dv', name: 'Dee Vale', role: 'Domestic abuse worker', agencyId: 'refuge', sensitiveRole: true },
      { id: 'pc', name: 'PC Plod', role: 'Police officer', agencyId: 'police' },
    ],
    involvements: [
      {
        id: 'i-sw',
        professionalId: 'sw',
        personIds: ['ann', 'jay', 'mo'],
        lead: true,
        from: '2024-01-10',
        strength: 'strong',
        consent: 'given',
        lastContact: '2025-05-28',
      },
      {
        id: 'i-teacher',
        professionalId: 'teacher',
        personIds: ['jay'],
        from: '2023-09',
        strength: 'moderate',
        consent: 'not-required',
        lastContact: '2025-03-01',
      },
      { id: 'i-gp', professionalId: 'gpdoc', personIds: ['ann', 'jay', 'mo'], strength: 'tenuous', consent: 'not-asked' },
      {
        id: 'i-dv',
        professionalId: 'dv',
        personIds: ['ann'],
        from: '2024-06',
        strength: 'stressful',
        consent: 'refused',
        purpose: 'Domestic abuse support',
        lastContact: '2025-04',
      },
      { id: 'i-pc', professionalId: 'pc', personIds: ['ann'], from: '2022-02', to: '2023-05', strength: 'stressful' },
      { id: 'i-gran', professionalId: 'sw', personIds: ['gran'], from: '2024-02' },
    ],
  };
}
