import type { CaseBundle, ChronologyEntry } from '@opencasework/core';

/** A small crafted case: two children (Jay and Mia), their parents and a grandmother; five agencies. */
export function crafted(extra: ChronologyEntry[] = []): CaseBundle {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'case-1', title: 'Smith family', subjectIds: ['jay', 'mia'] },
    people: [
      { id: 'jay', givenName: 'Jay', familyName: 'Smith', gender: 'male', dateOfBirth: '2015-06-10' },
      { id: 'mia', givenName: 'Mia', familyName: 'Smith', gender: 'female', dateOfBirth: '2018-02' },
      { id: 'mum', givenName: 'Kerry', familyName: 'Smith', gender: 'female', dateOfBirth: '1990' },
      { id: 'dad', givenName: 'Dean', familyName: 'Walker', gender: 'male' },
      { id: 'nan', givenName: 'Pat', familyName: 'Jones', gender: 'female' },
      { id: 'lee', givenName: 'Lee', familyName: 'Brown', gender: 'male' },
    ],
    relationships: [
      { id: 'r1', kind: 'parent', parentId: 'mum', childId: 'jay', type: 'biological' },
      { id: 'r2', kind: 'parent', parentId: 'mum', childId: 'mia', type: 'biological' },
      { id: 'r3', kind: 'parent', parentId: 'dad', childId: 'jay', type: 'biological' },
      { id: 'r4', kind: 'parent', parentId: 'nan', childId: 'mum', type: 'biological' },
      { id: 'r5', kind: 'partner', a: 'mum', b: 'lee', status: 'cohabiting' },
    ],
    agencies: [
      { id: 'sc', name: 'Children’s Social Care', sector: 'social-care' },
      { id: 'pol', name: 'Police', sector: 'police' },
      { id: 'hv', name: 'Health Visiting', sector: 'health' },
      { id: 'sch', name: 'Oak Primary School', sector: 'education' },
      { id: 'hou', name: 'Housing', sector: 'housing' },
    ],
    professionals: [{ id: 'sw1', name: 'Alex Green', role: 'Social worker', agencyId: 'sc' }],
    chronology: [
      {
        id: 'e1',
        date: '2015-06-10',
        title: 'Jay born',
        category: 'health',
        significance: 'notable',
        sourceAgencyId: 'hv',
        subjectIds: ['jay'],
      },
      {
        id: 'e2',
        date: '2019',
        title: 'Family moved to the area',
        category: 'other',
        significance: 'routine',
        sourceAgencyId: 'hou',
        approximate: true,
      },
      {
        id: 'e3',
        date: '2020-03-14',
        sequence: 2,
        title: 'Domestic abuse incident at home',
        category: 'police',
        significance: 'significant',
        sourceAgencyId: 'pol',
        subjectIds: ['jay', 'mia'],
        summary: 'Officers called by a neighbour. Kerry Smith had a cut lip.',
        impact: 'Jay saw the incident.',
        action: 'Referred to social care',
        sourceRef: { system: 'Niche', recordId: 'N-1', url: 'https://police.example/records/N-1' },
      },
      {
        id: 'e4',
        date: '2020-03-14',
        sequence: 1,
        title: 'Domestic abuse incident',
        category: 'police',
        significance: 'notable',
        sourceAgencyId: 'sc',
        subjectIds: ['jay', 'mia'],
        summary: 'Notification from police.',
        sourceRef: { system: 'Mosaic', recordId: 'M-7', url: 'javascript:alert(1)' },
      },
      {
        id: 'e5',
        date: '2020-05',
        title: 'School concern about Jay’s attendance',
        category: 'contact',
        significance: 'notable',
        sourceAgencyId: 'sch',
        subjectIds: ['jay'],
      },
      {
        id: 'e6',
        date: '2020-09-01',
        title: 'Referral from health visitor',
        category: 'referral',
        significance: 'significant',
        sourceAgencyId: 'hv',
        subjectIds: ['mia'],
        confidentiality: 'third-party',
        summary: 'Concerns about Lee Brown.',
      },
      {
        id: 'e7',
        date: '2020-11-20',
        title: 'Strategy meeting',
        category: 'meeting',
        significance: 'significant',
        sourceAgencyId: 'sc',
        subjectIds: ['jay', 'mia'],
        disputed: true,
        familyView: 'Kerry says the meeting was not told about the new tenancy.',
        confidentiality: 'restricted',
      },
      {
        id: 'e8',
        date: '2021-01-05',
        endDate: '2021-09-30',
        title: 'Child protection plan (neglect)',
        category: 'plan',
        significance: 'critical',
        sourceAgencyId: 'sc',
        subjectIds: ['jay', 'mia'],
      },
      {
        id: 'e9',
        date: '2021-02-01',
        title: 'Home visit',
        category: 'visit',
        significance: 'routine',
        sourceAgencyId: 'sc',
        subjectIds: ['jay', 'mia'],
        recordedBy: 'Alex Green',
      },
      ...extra,
    ],
  };
}

/** Scale data: n entries over 20 years from 8 agencies about 3 children, deterministic. */
export function scale(n: number): CaseBundle {
  const cats = ['referral', 'contact', 'visit', 'meeting', 'police', 'health', 'education', 'incident'] as const;
  const sigs = ['routine', 'notable', 'significant', 'critical'] as const;
  const agencies = Array.from({ length: 8 }, (_, i) => ({ id: `a${i}`, name: `Agency ${i}`, sector: 'other' as const }));
  const people = Array.from({ length: 3 }, (_, i) => ({
    id: `c${i}`,
    givenName: `Child${i}`,
    gender: 'not-known' as const,
    dateOfBirth: `${2005 + i}-01-01`,
  }));
  const start = Date.UTC(2005, 0, 1);
  const chronology = Array.from({ length: n }, (_, i) => {
    const d = new Date(start + Math.floor((i * 20 * 365.25 * 86_400_000) / n)).toISOString().slice(0, 10);
    return {
      id: `s${i}`,
      date: i % 97 === 0 ? d.slice(0, 7) : d,
      title: `Entry ${i} ${cats[i % 8]} note`,
      category: cats[i % 8]!,
      significance: sigs[(i * 7) % 11 === 0 ? 3 : i % 3]!,
      sourceAgencyId: `a${i % 8}`,
      subjectIds: [`c${i % 3}`],
      summary: `Summary text number ${i} for searching`,
    };
  });
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'scale', title: 'Scale case', subjectIds: people.map((p) => p.id) },
    people,
    agencies,
    chronology,
  };
}
