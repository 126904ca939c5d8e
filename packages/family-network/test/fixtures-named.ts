/**
 * The Cole case, built for issue 14's family-network findings: the people a case names who are not in the
 * children's home (two fathers, the mother's new partner), with distractors that must NOT be drawn, a lead that
 * covers only one child, and a sensitive role with contact details. Every value is invented (01632 96xxxx is
 * Ofcom's drama range).
 *
 * Written down before running the code, as at 20 November 2025 (the newest dated record: the open plan's update):
 * - drawn besides the household and people worked with: Kev Moss (Ella's father, lives with Sara), Sara Patel
 *   (Kev's partner), Lee Cole (Finn's father, in prison, probation works with him), Ryan Hale (Dani's new partner,
 *   named by first name in both danger statements, owns a step), Pat Cole (grandmother, in the plan's network);
 * - not drawn: Craig Dunn (former partner and an ended step-father, named only in the closed plan), May Cole
 *   (great-aunt: "May" in the text is the month), Tom Hale and Tom Cole ("Tom" alone is ambiguous), Bill Cole
 *   (deceased), Jo Baker (a neighbour in the plan's network: an informal support, drawn as one);
 * - gaps: no professional works with Kev, Sara or Ryan; Finn has no current lead professional (his earlier lead
 *   ended in March 2025); Pat is a helper in the plan, not a gap;
 * - Rita Shaw is an IDVA (sensitive): her role, agency, phone, e-mail and the plan's "IDVA" wording never appear.
 */
import type { CaseBundle } from '@opencasework/core';

export const NAMED_DAY = '2025-11-20';

export function coleCase(): CaseBundle {
  const p = (id: string, givenName: string, familyName: string, gender: 'female' | 'male', dateOfBirth?: string, extra = {}) => ({
    id,
    givenName,
    familyName,
    gender,
    ...(dateOfBirth ? { dateOfBirth } : {}),
    ...extra,
  });
  const statement = (id: string, text: string, extra = {}) => ({ id, text, ...extra });
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'case-cole', title: 'Cole family', subjectIds: ['ella', 'finn'] },
    people: [
      p('ella', 'Ella', 'Moss', 'female', '2016-05-02'),
      p('finn', 'Finn', 'Cole', 'male', '2021-08-19'),
      p('dani', 'Dani', 'Cole', 'female', '1994-02-11'),
      p('kev', 'Kev', 'Moss', 'male', '1990-07'),
      p('sara', 'Sara', 'Patel', 'female', '1992'),
      p('lee', 'Lee', 'Cole', 'male', '1989-03-30'),
      p('ryan', 'Ryan', 'Hale', 'male', '1993'),
      p('pat', 'Pat', 'Cole', 'female', '1966'),
      p('bill', 'Bill', 'Cole', 'male', '1960', { deceased: true }),
      p('craig', 'Craig', 'Dunn', 'male', '1988'),
      p('may', 'May', 'Cole', 'female', '1950'),
      p('tomh', 'Tom', 'Hale', 'male', '1996'),
      p('tomc', 'Tom', 'Cole', 'male', '1998'),
      p('jo', 'Jo', 'Baker', 'female'),
    ],
    relationships: [
      { id: 'r-dani-ella', kind: 'parent', parentId: 'dani', childId: 'ella', type: 'biological' },
      { id: 'r-dani-finn', kind: 'parent', parentId: 'dani', childId: 'finn', type: 'biological' },
      { id: 'r-kev-ella', kind: 'parent', parentId: 'kev', childId: 'ella', type: 'biological' },
      { id: 'r-lee-finn', kind: 'parent', parentId: 'lee', childId: 'finn', type: 'biological' },
      { id: 'r-craig-ella', kind: 'parent', parentId: 'craig', childId: 'ella', type: 'step', from: '2016', to: '2019-06' },
      { id: 'r-pat-dani', kind: 'parent', parentId: 'pat', childId: 'dani', type: 'biological' },
      { id: 'r-bill-dani', kind: 'parent', parentId: 'bill', childId: 'dani', type: 'biological' },
      { id: 'r-kev-sara', kind: 'partner', a: 'kev', b: 'sara', status: 'cohabiting', from: '2022' },
      { id: 'r-dani-ryan', kind: 'partner', a: 'dani', b: 'ryan', status: 'dating', from: '2025-01' },
      { id: 'r-dani-craig', kind: 'partner', a: 'dani', b: 'craig', status: 'separated', from: '2015', to: '2019-06' },
      { id: 'r-dani-lee', kind: 'partner', a: 'dani', b: 'lee', status: 'separated', from: '2020', to: '2023-01' },
      { id: 's-jo', kind: 'support', a: 'dani', b: 'jo', label: 'neighbour' },
    ],
    households: [
      { id: 'h-home', name: 'Dani’s home', memberIds: ['dani', 'ella', 'finn'], from: '2023-01' },
      { id: 'h-kev', name: 'Kev and Sara’s flat', memberIds: ['kev', 'sara'], from: '2022' },
      { id: 'h-old', name: 'Old house', memberIds: ['dani', 'craig', 'ella'], from: '2015', to: '2019-06' },
    ],
    agencies: [
      { id: 'a-cs', name: 'Children’s Services', sector: 'social-care' },
      { id: 'a-school', name: 'Parc Primary School', sector: 'education' },
      { id: 'a-hv', name: 'Health Visiting Team', sector: 'health' },
      { id: 'a-gp', name: 'Bridge Street Surgery', sector: 'health' },
      { id: 'a-prob', name: 'Probation Service', sector: 'probation' },
      { id: 'a-wa', name: 'Haven Women’s Aid', sector: 'voluntary' },
    ],
    professionals: [
      { id: 'sw', name: 'Nia Rhys', role: 'Social Worker (Child Protection and Court Team)', agencyId: 'a-cs', phone: '01632 960100' },
      { id: 'sw-old', name: 'Owen Bell', role: 'Social Worker', agencyId: 'a-cs' },
      { id: 'teacher', name: 'Ann Hill', role: 'Designated Safeguarding Person and Deputy Head', agencyId: 'a-school' },
      { id: 'hv', name: 'Gwen Jones', role: 'Health Visitor', agencyId: 'a-hv' },
      { id: 'gp', name: 'Dr Amir Khan', role: 'GP', agencyId: 'a-gp' },
      { id: 'prob', name: 'Carl Evans', role: 'Probation Officer', agencyId: 'a-prob' },
      {
        id: 'rita',
        name: 'Rita Shaw',
        role: 'Independent Domestic Violence Adviser',
        agencyId: 'a-wa',
        phone: '01632 960555',
        email: 'rita.shaw@havenwomensaid.example',
        sensitiveRole: true,
      },
    ],
    involvements: [
      {
        id: 'i-sw',
        professionalId: 'sw',
        personIds: ['ella', 'dani'],
        lead: true,
        from: '2025-03-10',
        strength: 'strong',
        consent: 'given',
      },
      {
        id: 'i-sw-old',
        professionalId: 'sw-old',
        personIds: ['finn'],
        lead: true,
        from: '2024-06',
        to: '2025-03-09',
        strength: 'moderate',
      },
      { id: 'i-teacher', professionalId: 'teacher', personIds: ['ella'], from: '2021-09', lastContact: '2025-11-03' },
      { id: 'i-hv', professionalId: 'hv', personIds: ['finn'], from: '2021-08', lastContact: '2025-10' },
      { id: 'i-gp', professionalId: 'gp', personIds: ['dani', 'ella', 'finn'] },
      { id: 'i-prob', professionalId: 'prob', personIds: ['lee'], from: '2024-02', to: '2026-03-31' },
      { id: 'i-rita', professionalId: 'rita', personIds: ['dani'], from: '2025-02', purpose: 'IDVA support after MARAC', consent: 'given' },
    ],
    chronology: [
      { id: 'c1', date: '2025-11-14', title: 'Home visit', category: 'visit', significance: 'routine' },
      { id: 'c2', date: '2025-03', title: 'Strategy meeting', category: 'meeting', significance: 'notable' },
    ],
    safetyPlans: [
      {
        id: 'sp-open',
        status: 'agreed',
        childIds: ['ella', 'finn'],
        createdAt: '2025-04-01T09:00:00Z',
        updatedAt: '2025-11-20T10:00:00Z',
        reviewDate: '2026-02',
        version: 2,
        harm: [],
        complicatingFactors: [],
        dangerStatements: [
          statement(
            'd1',
            'We are worried that when Ryan drinks he shouts at Dani in front of Ella and Finn, as the police saw in May 2025, and the children could be hurt.',
            { by: 'rita', agreedBy: ['dani'] },
          ),
          statement('d2', 'We are worried that Finn could be left with Ryan or Tom when nobody sober is at home.', { by: 'sw' }),
        ],
        strengths: [],
        existingSafety: [],
        safetyGoals: [],
        nextSteps: [
          { id: 'n1', text: 'Attend the Caring Dads programme.', owner: 'ryan', due: '2026-01-31', status: 'to-do' },
          { id: 'n2', text: 'Refer to MARAC.', owner: 'rita', status: 'done' },
        ],
        scales: [],
        rules: [],
        network: [
          { memberId: 'pat', role: 'Safety person for the children' },
          { memberId: 'jo', role: 'Checks in on Dani' },
          { memberId: 'rita', role: 'IDVA, Haven Women’s Aid' },
        ],
      },
      {
        id: 'sp-closed',
        status: 'closed',
        childIds: ['ella'],
        createdAt: '2018-01-01T09:00:00Z',
        updatedAt: '2019-09-01T09:00:00Z',
        version: 3,
        harm: [],
        complicatingFactors: [],
        dangerStatements: [statement('d-old', 'We are worried that Craig Dunn hits Dani when Ella is at home.')],
        strengths: [],
        existingSafety: [],
        safetyGoals: [],
        nextSteps: [{ id: 'n-old', text: 'Leave Craig.', owner: 'craig', status: 'done' }],
        scales: [],
        rules: [],
        network: [],
      },
    ],
  };
}
