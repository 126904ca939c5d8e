import type { Household, Person, Relationship } from '../src/schema/index.js';

/*
 * The Evans–Hughes family: synthetic, no real person. Three generations in a fictional Welsh county borough
 * (Glanrhyd), and the children's great-grandparents on their grandmother Peggy's side, both dead, who make her and
 * Glenys sisters. The subject children are Tyler Evans and the twins Ruby and Megan Evans.
 */

const p = (
  id: string,
  givenName: string,
  familyName: string,
  gender: Person['gender'],
  dateOfBirth: string | undefined,
  extra: Partial<Person> = {},
): Person => ({
  id,
  givenName,
  familyName,
  gender,
  ...(dateOfBirth ? { dateOfBirth } : {}),
  ...extra,
});

export const people: Person[] = [
  // Generation 1: grandparents
  p('p-margaret', 'Margaret', 'Hughes', 'female', '1958-04-02', {
    preferredName: 'Peggy',
    language: 'Welsh and English',
    ethnicity: 'White Welsh',
    notes: 'Maternal grandmother. Kinship carer for Tyler since May 2023.',
  }),
  p('p-alan', 'Alan', 'Hughes', 'male', '1955-09-19', {
    dateOfDeath: '2021-02',
    deceased: true,
    ethnicity: 'White Welsh',
    notes: 'Maternal grandfather. Died in February 2021 after a short illness.',
  }),
  p('p-glenys', 'Glenys', 'Parry', 'female', '1956', { notes: "Margaret's sister. Lives in Aberystwyth; offers holiday respite." }),
  // Margaret and Glenys's parents, who make them sisters (the contract records brothers and sisters by their parents)
  p('p-gwilym', 'Gwilym', 'Parry', 'male', '1929', { dateOfDeath: '2004', deceased: true, notes: "Margaret and Glenys's father." }),
  p('p-nest', 'Nest', 'Parry', 'female', '1932', { dateOfDeath: '2016-11', deceased: true, notes: "Margaret and Glenys's mother." }),
  p('p-dafydd', 'Dafydd', 'Evans', 'male', '1960-01-27', { language: 'Welsh', ethnicity: 'White Welsh' }),
  p('p-carol', 'Carol', 'Morgan', 'female', '1962-11-08', {
    notes: 'Paternal grandmother (née Evans after her first marriage). No contact with Kayleigh since 2019.',
  }),
  p('p-keith', 'Keith', 'Morgan', 'male', '1958', { notes: "Carol's husband; Liam's stepfather." }),
  p('p-lowri', 'Lowri', 'Bowen', 'female', '1968-06-30', { notes: "Dafydd's wife." }),
  p('p-tracey', 'Tracey', 'Price', 'female', '1968', { notes: "Jordan's mother." }),

  // Generation 2: parents, aunts and uncles
  p('p-kayleigh', 'Kayleigh', 'Hughes', 'female', '1992-02-11', {
    pronouns: 'she/her',
    language: 'English',
    ethnicity: 'White Welsh',
    confidentialAddress: true,
    identifiers: [{ system: 'WCCIS', value: 'P-200114' }],
    notes: 'Mother of Tyler, Ruby, Megan and Alfie. Address held confidentially since February 2024.',
  }),
  p('p-liam', 'Liam', 'Evans', 'male', '1989-07-23', {
    ethnicity: 'White Welsh',
    identifiers: [{ system: 'WCCIS', value: 'P-200115' }],
    notes: 'Father of Tyler, Ruby and Megan.',
  }),
  p('p-rhys', 'Rhys', 'Hughes', 'male', '1988-03-15', { notes: "Kayleigh's older brother." }),
  p('p-tom', 'Tom', 'Pritchard', 'male', '1986-12-01', { notes: "Rhys's civil partner." }),
  p('p-sian', 'Siân', 'Hughes', 'female', '1995-08-09', { notes: "Kayleigh's younger sister; a consistent support to the twins." }),
  p('p-dan', 'Dan', 'Ellis', 'male', '1994', { notes: "Siân's partner." }),
  p('p-owen', 'Owen', 'Evans', 'male', '1986-05-05', { notes: "Liam's older brother." }),
  p('p-hannah', 'Hannah', 'Evans', 'female', '1987-10-14'),
  p('p-callum', 'Callum', 'Morgan', 'male', '1997-03-21', { notes: "Liam's half-brother (Carol and Keith's son)." }),
  p('p-ffion', 'Ffion', 'Evans', 'female', '1999-12-12', { language: 'Welsh', notes: "Liam's half-sister (Dafydd and Lowri's daughter)." }),
  p('p-jordan', 'Jordan', 'Price', 'male', '1990-10-30', {
    ethnicity: 'White British',
    identifiers: [{ system: 'WCCIS', value: 'P-231907' }],
    notes: "Kayleigh's former partner. Subject to a non-molestation order since March 2024.",
  }),
  p('p-chelsea', 'Chelsea', 'Watkins', 'female', '1993-01-17', { notes: "Jordan's former partner; Mason's mother." }),
  p('p-natalie', 'Natalie', 'Jenkins', 'female', '1994-05-28', { notes: "Liam's partner." }),

  // Generation 3: children
  p('p-tyler', 'Tyler', 'Evans', 'male', '2011-09-03', {
    pronouns: 'he/him',
    language: 'English',
    ethnicity: 'White Welsh',
    identifiers: [
      { system: 'NHS', value: '999 000 0011' },
      { system: 'UPN', value: 'A000000000011' },
      { system: 'WCCIS', value: 'C-310021' },
    ],
    notes: 'Lives with his grandmother Margaret under a kinship arrangement. Loves football and drawing.',
  }),
  p('p-ruby', 'Ruby', 'Evans', 'female', '2015-06-14', {
    pronouns: 'she/her',
    ethnicity: 'White Welsh',
    identifiers: [
      { system: 'NHS', value: '999 000 0028' },
      { system: 'WCCIS', value: 'C-310022' },
    ],
    notes: 'Twin of Megan. Attends Ysgol Gynradd Bryn Awel.',
  }),
  p('p-megan', 'Megan', 'Evans', 'female', '2015-06-14', {
    pronouns: 'she/her',
    ethnicity: 'White Welsh',
    identifiers: [
      { system: 'NHS', value: '999 000 0036' },
      { system: 'WCCIS', value: 'C-310023' },
    ],
    notes: 'Twin of Ruby. Has asthma.',
  }),
  p('p-alfie', 'Alfie', 'Price', 'male', '2022-01-19', { identifiers: [{ system: 'NHS', value: '999 000 0044' }] }),
  p('p-isla', 'Isla', 'Evans', 'female', '2021-04-07', { notes: "Liam and Natalie's daughter." }),
  {
    id: 'p-natalie-miscarriage',
    gender: 'not-known',
    pregnancy: { outcome: 'miscarriage' },
    dateOfDeath: '2022-05',
    deceased: true,
    notes: 'Miscarriage at about 11 weeks, May 2022.',
  },
  {
    id: 'p-natalie-pregnancy',
    gender: 'not-known',
    pregnancy: { outcome: 'ongoing', expected: '2026-01' },
    notes: "Natalie's current pregnancy.",
  },
  p('p-mason', 'Mason', 'Price', 'male', '2014-02-25', {
    notes: "Jordan's son with Chelsea; Tyler's stepbrother while Jordan and Kayleigh lived together. Stays with Jordan alternate weekends.",
  }),
  p('p-jac', 'Jac', 'Hughes-Pritchard', 'male', '2017-07-04', { notes: 'Adopted by Rhys and Tom in 2019.' }),
  p('p-noah', 'Noah', 'Hughes', 'male', '2016-11-22', { notes: "Siân's son." }),
  p('p-lily', 'Lily', 'Evans', 'female', '2013-08-16'),
  p('p-finley', 'Finley', 'Evans', 'male', '2016-02-02'),

  // Informal supports (the ecomap's people who are not family)
  p('p-brenda', 'Brenda', 'Thomas', 'female', '1951', { notes: 'Neighbour on the family’s old street; still phones Kayleigh weekly.' }),
  p('p-eirlys', 'Eirlys', 'Rowlands', 'female', '1949', {
    language: 'Welsh',
    notes: "Member of Margaret's chapel (Capel Bethel); drives Tyler to football when Margaret cannot.",
  }),
  p('p-jade', 'Jade', 'Lewis', 'female', '1992', { notes: "Kayleigh's friend from school." }),
  p('p-gethin', 'Gethin', 'Morris', 'male', '1979', { notes: "Tyler's football coach (Glanrhyd Juniors)." }),
];

let n = 0;
const rid = (kind: string) => `r-${kind}-${String(++n).padStart(2, '0')}`;

export const relationships: Relationship[] = [
  // Partnerships
  {
    id: rid('partner'),
    kind: 'partner',
    a: 'p-alan',
    b: 'p-margaret',
    status: 'widowed',
    from: '1977',
    to: '2021-02',
    history: [{ status: 'married', on: '1977-08-20' }],
  },
  {
    id: rid('partner'),
    kind: 'partner',
    a: 'p-dafydd',
    b: 'p-carol',
    status: 'divorced',
    from: '1985',
    to: '1996',
    history: [
      { status: 'married', on: '1985-06' },
      { status: 'separated', on: '1994' },
    ],
  },
  {
    id: rid('partner'),
    kind: 'partner',
    a: 'p-keith',
    b: 'p-carol',
    status: 'married',
    from: '1996',
    history: [
      { status: 'cohabiting', on: '1996' },
      { status: 'married', on: '1998-09-12' },
    ],
  },
  {
    id: rid('partner'),
    kind: 'partner',
    a: 'p-dafydd',
    b: 'p-lowri',
    status: 'married',
    from: '1998',
    history: [{ status: 'married', on: '1999-04-03' }],
  },
  {
    id: rid('partner'),
    kind: 'partner',
    a: 'p-liam',
    b: 'p-kayleigh',
    status: 'divorced',
    from: '2010',
    to: '2021-06',
    history: [
      { status: 'cohabiting', on: '2010' },
      { status: 'married', on: '2013-07-27' },
      { status: 'separated', on: '2019-08' },
    ],
  },
  {
    id: rid('partner'),
    kind: 'partner',
    a: 'p-jordan',
    b: 'p-kayleigh',
    status: 'separated',
    from: '2020-06',
    to: '2024-02-09',
    history: [
      { status: 'dating', on: '2020-06' },
      { status: 'cohabiting', on: '2021-03' },
    ],
  },
  {
    id: rid('partner'),
    kind: 'partner',
    a: 'p-jordan',
    b: 'p-chelsea',
    status: 'separated',
    from: '2012',
    to: '2018',
    history: [{ status: 'cohabiting', on: '2013' }],
  },
  { id: rid('partner'), kind: 'partner', a: 'p-liam', b: 'p-natalie', status: 'cohabiting', from: '2020-01' },
  {
    id: rid('partner'),
    kind: 'partner',
    a: 'p-rhys',
    b: 'p-tom',
    status: 'civil-partnership',
    from: '2012',
    history: [
      { status: 'cohabiting', on: '2012' },
      { status: 'civil-partnership', on: '2015-05-16' },
    ],
  },
  {
    id: rid('partner'),
    kind: 'partner',
    a: 'p-owen',
    b: 'p-hannah',
    status: 'married',
    from: '2010',
    history: [{ status: 'married', on: '2011-10-01' }],
  },
  { id: rid('partner'), kind: 'partner', a: 'p-dan', b: 'p-sian', status: 'dating', from: '2024' },

  // Parents
  ...(['p-rhys', 'p-kayleigh', 'p-sian'] as const).flatMap((c) => [
    { id: rid('parent'), kind: 'parent' as const, parentId: 'p-alan', childId: c, type: 'biological' as const },
    { id: rid('parent'), kind: 'parent' as const, parentId: 'p-margaret', childId: c, type: 'biological' as const },
  ]),
  ...(['p-owen', 'p-liam'] as const).flatMap((c) => [
    { id: rid('parent'), kind: 'parent' as const, parentId: 'p-dafydd', childId: c, type: 'biological' as const },
    { id: rid('parent'), kind: 'parent' as const, parentId: 'p-carol', childId: c, type: 'biological' as const },
    { id: rid('parent'), kind: 'parent' as const, parentId: 'p-keith', childId: c, type: 'step' as const, from: '1996' },
  ]),
  { id: rid('parent'), kind: 'parent', parentId: 'p-carol', childId: 'p-callum', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-keith', childId: 'p-callum', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-dafydd', childId: 'p-ffion', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-lowri', childId: 'p-ffion', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-tracey', childId: 'p-jordan', type: 'biological' },
  ...(['p-tyler', 'p-ruby', 'p-megan'] as const).flatMap((c) => [
    { id: rid('parent'), kind: 'parent' as const, parentId: 'p-kayleigh', childId: c, type: 'biological' as const },
    { id: rid('parent'), kind: 'parent' as const, parentId: 'p-liam', childId: c, type: 'biological' as const },
  ]),
  {
    id: rid('parent'),
    kind: 'parent',
    parentId: 'p-margaret',
    childId: 'p-tyler',
    type: 'kinship',
    from: '2023-05-07',
    source: 'Kinship placement agreed at the strategy meeting of 8 May 2023; connected person assessment approved at panel, August 2023.',
  },
  { id: rid('parent'), kind: 'parent', parentId: 'p-jordan', childId: 'p-tyler', type: 'step', from: '2021-03', to: '2023-05-06' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-kayleigh', childId: 'p-alfie', type: 'biological' },
  {
    id: rid('parent'),
    kind: 'parent',
    parentId: 'p-jordan',
    childId: 'p-alfie',
    type: 'biological',
    disputed: true,
    source:
      'Named as father on the birth registration (February 2022). Jordan disputed paternity in his police interview of 7 May 2023; no DNA test has been done.',
  },
  { id: rid('parent'), kind: 'parent', parentId: 'p-liam', childId: 'p-isla', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-natalie', childId: 'p-isla', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-liam', childId: 'p-natalie-miscarriage', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-natalie', childId: 'p-natalie-miscarriage', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-liam', childId: 'p-natalie-pregnancy', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-natalie', childId: 'p-natalie-pregnancy', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-jordan', childId: 'p-mason', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-chelsea', childId: 'p-mason', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-kayleigh', childId: 'p-mason', type: 'step', from: '2021-03', to: '2024-02-09' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-rhys', childId: 'p-jac', type: 'adoptive', from: '2019-03' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-tom', childId: 'p-jac', type: 'adoptive', from: '2019-03' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-sian', childId: 'p-noah', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-owen', childId: 'p-lily', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-hannah', childId: 'p-lily', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-owen', childId: 'p-finley', type: 'biological' },
  { id: rid('parent'), kind: 'parent', parentId: 'p-hannah', childId: 'p-finley', type: 'biological' },

  // Twins
  { id: rid('twin'), kind: 'twin', a: 'p-ruby', b: 'p-megan', zygosity: 'identical' },

  // Emotional relationships
  {
    id: rid('emotional'),
    kind: 'emotional',
    a: 'p-jordan',
    b: 'p-kayleigh',
    quality: 'violence',
    direction: 'a-to-b',
    note: 'Police-recorded domestic abuse from May 2021; non-molestation order since March 2024.',
  },
  {
    id: rid('emotional'),
    kind: 'emotional',
    a: 'p-jordan',
    b: 'p-tyler',
    quality: 'violence',
    direction: 'a-to-b',
    note: 'Assault on Tyler, 6 May 2023.',
  },
  { id: rid('emotional'), kind: 'emotional', a: 'p-tyler', b: 'p-margaret', quality: 'very-close' },
  { id: rid('emotional'), kind: 'emotional', a: 'p-ruby', b: 'p-megan', quality: 'close' },
  { id: rid('emotional'), kind: 'emotional', a: 'p-kayleigh', b: 'p-sian', quality: 'close' },
  {
    id: rid('emotional'),
    kind: 'emotional',
    a: 'p-kayleigh',
    b: 'p-carol',
    quality: 'cut-off',
    note: 'No contact since the separation in 2019.',
  },
  {
    id: rid('emotional'),
    kind: 'emotional',
    a: 'p-kayleigh',
    b: 'p-liam',
    quality: 'conflict',
    direction: 'both',
    note: 'Disagreements about contact arrangements.',
  },
  {
    id: rid('emotional'),
    kind: 'emotional',
    a: 'p-tyler',
    b: 'p-kayleigh',
    quality: 'distant',
    note: 'Tyler says he is still angry that his mum let Jordan move in.',
  },

  // Informal supports
  { id: rid('support'), kind: 'support', a: 'p-brenda', b: 'p-kayleigh', label: 'neighbour' },
  { id: rid('support'), kind: 'support', a: 'p-eirlys', b: 'p-margaret', label: 'faith community (Capel Bethel)' },
  { id: rid('support'), kind: 'support', a: 'p-jade', b: 'p-kayleigh', label: 'friend' },
  { id: rid('support'), kind: 'support', a: 'p-gethin', b: 'p-tyler', label: 'football coach' },

  // Margaret and Glenys's parents (recorded after the rest, so that the other relationships keep their ids)
  {
    id: rid('partner'),
    kind: 'partner',
    a: 'p-gwilym',
    b: 'p-nest',
    status: 'widowed',
    from: '1953',
    to: '2004',
    history: [{ status: 'married', on: '1953-06-13' }],
  },
  ...['p-glenys', 'p-margaret'].flatMap((c) => [
    { id: rid('parent'), kind: 'parent' as const, parentId: 'p-gwilym', childId: c, type: 'biological' as const },
    { id: rid('parent'), kind: 'parent' as const, parentId: 'p-nest', childId: c, type: 'biological' as const },
  ]),
];

export const households: Household[] = [
  { id: 'h-hughes-family-home', name: 'Hughes family home, Heol y Bryn', memberIds: ['p-alan', 'p-margaret'], from: '1977', to: '2021-02' },
  { id: 'h-margaret', name: "Margaret's home, Heol y Bryn", memberIds: ['p-margaret', 'p-tyler'], from: '2023-05-07' },
  {
    id: 'h-evans-2010',
    name: 'Family home, Maes y Dderwen',
    memberIds: ['p-liam', 'p-kayleigh', 'p-tyler', 'p-ruby', 'p-megan'],
    from: '2010',
    to: '2019-08',
  },
  {
    id: 'h-kayleigh-2019',
    name: 'Family home, Maes y Dderwen (after separation)',
    memberIds: ['p-kayleigh', 'p-tyler', 'p-ruby', 'p-megan'],
    from: '2019-08',
    to: '2021-03',
  },
  {
    id: 'h-kayleigh-jordan',
    name: 'Family home with Jordan, Maes y Dderwen',
    memberIds: ['p-kayleigh', 'p-jordan', 'p-tyler', 'p-ruby', 'p-megan', 'p-alfie'],
    from: '2021-03',
    to: '2024-02-09',
  },
  { id: 'h-kayleigh-2024', name: 'Confidential address', memberIds: ['p-kayleigh', 'p-ruby', 'p-megan', 'p-alfie'], from: '2024-02-09' },
  { id: 'h-liam-natalie', name: "Liam and Natalie's flat", memberIds: ['p-liam', 'p-natalie', 'p-isla'], from: '2020-01' },
  { id: 'h-rhys-tom', name: "Rhys and Tom's home, Cardiff", memberIds: ['p-rhys', 'p-tom', 'p-jac'], from: '2012' },
];
