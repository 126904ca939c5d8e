/**
 * The Evans case for issue 15 point 4's placeholder tests (core, family network, genogram): a health visitor refused
 * only because her agency's record is invalid (sector "NHS trust"), a youth worker refused for his own agency id (42),
 * an involvement naming a professional who is not in the bundle (missing is not refused: no placeholder), the
 * children's home refused for `longId` (an over-long id), Pat's flat valid. `fixed` gives the same case with every
 * record valid. One copy, so the three packages test the same data.
 */
export function placeholderCase(longId: string, fixed = false): Record<string, unknown> {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'c-evans', title: 'Evans family', subjectIds: ['jay', 'mia'] },
    people: [
      { id: 'jay', givenName: 'Jay', familyName: 'Evans', gender: 'male', dateOfBirth: '2015-04-02' },
      { id: 'mia', givenName: 'Mia', familyName: 'Evans', gender: 'female', dateOfBirth: '2018-09-30' },
      { id: 'kelly', givenName: 'Kelly', familyName: 'Evans', gender: 'female', dateOfBirth: '1991' },
      { id: 'lee', givenName: 'Lee', familyName: 'Hart', gender: 'male', dateOfBirth: '1989' },
      { id: 'pat', givenName: 'Pat', familyName: 'Evans', gender: 'female', dateOfBirth: '1962' },
    ],
    relationships: [
      { id: 'r1', kind: 'parent', parentId: 'kelly', childId: 'jay', type: 'biological' },
      { id: 'r2', kind: 'parent', parentId: 'kelly', childId: 'mia', type: 'biological' },
      { id: 'r3', kind: 'parent', parentId: 'lee', childId: 'mia', type: 'biological' },
      { id: 'r4', kind: 'parent', parentId: 'pat', childId: 'kelly', type: 'biological' },
      { id: 'r5', kind: 'partner', a: 'kelly', b: 'lee', status: 'separated' },
    ],
    households: [
      { id: fixed ? 'h-kelly' : longId, name: 'Kelly’s home', memberIds: ['kelly', 'jay', 'mia'], from: '2019-01' },
      { id: 'h-pat', name: 'Pat’s flat', memberIds: ['pat'] },
    ],
    agencies: [
      { id: 'ag-sc', name: 'Children’s Services', sector: 'social-care' },
      { id: 'ag-school', name: 'Oak Primary', sector: 'education' },
      // A sector the contract does not know (the host wrote its own name for it): the agency is refused.
      { id: 'ag-health', name: 'Health visiting', sector: fixed ? 'health' : 'NHS trust' },
    ],
    professionals: [
      { id: 'pr-sw', name: 'Dee Worker', role: 'Social worker', agencyId: 'ag-sc' },
      { id: 'pr-teach', name: 'Sam Lowe', role: 'Class teacher', agencyId: 'ag-school' },
      { id: 'pr-hv', name: 'Hana Begum', role: 'Health visitor', agencyId: 'ag-health' },
      { id: 'pr-yw', name: 'Bo Price', role: 'Youth worker', agencyId: fixed ? 'ag-sc' : 42 },
    ],
    involvements: [
      { id: 'inv-sw', professionalId: 'pr-sw', personIds: ['jay', 'mia'], lead: true, from: '2024-01-10' },
      { id: 'inv-teach', professionalId: 'pr-teach', personIds: ['jay'], from: '2023-09-01' },
      { id: 'inv-hv', professionalId: 'pr-hv', personIds: ['mia', 'kelly'], from: '2024-02-01' },
      { id: 'inv-yw', professionalId: 'pr-yw', personIds: ['jay'], from: '2024-03-01' },
      // Names a professional who is not in the bundle: dropped and reported, never a placeholder.
      { id: 'inv-ghost', professionalId: 'pr-ghost', personIds: ['jay'] },
    ],
    chronology: [
      {
        id: 'e1',
        date: '2024-01-10',
        title: 'Referral from school',
        category: 'referral',
        significance: 'significant',
        subjectIds: ['jay'],
      },
      { id: 'e2', date: '2024-02-01', title: 'Routine health visit', category: 'health', significance: 'routine', subjectIds: ['mia'] },
    ],
  };
}
