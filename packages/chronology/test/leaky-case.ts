import type { CaseBundle } from '@opencasework/core';

/**
 * A case written as records are really written: first names alone, preferred names, nicknames, possessives, a child's
 * name inside a professional's job title, the school and the surgery by name, record numbers and a date of birth in
 * free text. Every one of them must be gone from every anonymised output.
 */
export function leaky(): CaseBundle {
  return {
    schema: 'opencasework/case-bundle@1',
    case: { id: 'case-moss', title: 'Moss family', subjectIds: ['tom', 'ella'] },
    people: [
      {
        id: 'tom',
        givenName: 'Thomas',
        preferredName: 'Tom',
        familyName: 'Moss',
        gender: 'male',
        dateOfBirth: '2016-03-14',
        identifiers: [{ system: 'NHS', value: '943 476 5919' }],
        aliases: ['Tommy'],
      },
      { id: 'ella', givenName: 'Ella-Rose', familyName: 'Moss', gender: 'female', dateOfBirth: '2019-11-02' },
      { id: 'mum', givenName: 'Susan', preferredName: 'Sue', familyName: 'Moss', gender: 'female' },
      { id: 'dad', givenName: 'Callum', familyName: 'Reid', gender: 'male' },
      { id: 'nan', givenName: 'Margaret', familyName: 'Price', gender: 'female', aliases: ['Peggy'] },
    ],
    relationships: [
      { id: 'r1', kind: 'parent', parentId: 'mum', childId: 'tom', type: 'biological' },
      { id: 'r2', kind: 'parent', parentId: 'mum', childId: 'ella', type: 'biological' },
      { id: 'r3', kind: 'parent', parentId: 'dad', childId: 'tom', type: 'biological' },
      { id: 'r4', kind: 'parent', parentId: 'nan', childId: 'mum', type: 'biological' },
    ],
    agencies: [
      { id: 'sc', name: 'Northshire Children’s Services', sector: 'social-care' },
      { id: 'sch', name: 'Hillside Primary School', sector: 'education' },
      { id: 'gp', name: 'Elm Tree Surgery', sector: 'health' },
      { id: 'pol', name: 'Police', sector: 'police' },
    ],
    professionals: [
      { id: 'pr-khan', name: 'Sarah Khan', role: 'Social worker', agencyId: 'sc' },
      { id: 'pr-baxter', name: 'Jo Baxter', role: "Tom's key adult", agencyId: 'sch' },
      { id: 'pr-mehta', name: 'Dr Anil Mehta', role: 'GP', agencyId: 'gp' },
    ],
    chronology: [
      {
        id: 'a1',
        date: '2016-03-14',
        title: 'Tom born',
        category: 'health',
        significance: 'notable',
        sourceAgencyId: 'gp',
        subjectIds: ['tom'],
        summary: 'Thomas Moss born at 38 weeks; DOB 14/03/2016. Registered with Elm Tree Surgery (Dr Mehta).',
        recordedBy: 'pr-mehta',
      },
      {
        id: 'a2',
        date: '2019-05-02',
        title: "Mum told Sarah that Tom's bruise came from a fall",
        category: 'visit',
        significance: 'significant',
        sourceAgencyId: 'sc',
        subjectIds: ['tom'],
        summary: 'Sue said Tommy fell at Nan’s. Peggy confirmed. Born 14 March 2016, so three.',
        impact: "Tom's account differed from Susan's.",
        action: 'Khan to speak to Hillside Primary School.',
        recordedBy: 'pr-khan',
        sourceRef: { system: 'Mosaic', recordId: 'MOS-88812', url: 'https://mosaic.example/case/MOS-88812' },
      },
      {
        id: 'a3',
        date: '2019-05-03',
        title: 'Concern raised by Jo Baxter',
        category: 'education',
        significance: 'notable',
        sourceAgencyId: 'sch',
        subjectIds: ['tom', 'ella'],
        summary: 'Jo (Tom’s key adult) noticed the bruise. Ella-Rose was collected by Margaret Price. NHS 943 476 5919. See LA/204518.',
        recordedBy: 'Jo Baxter',
        familyView: "Callum says Callum Reid's car was never there.",
      },
      {
        id: 'a4',
        date: '2019-05-03',
        title: 'Domestic incident at the Moss address',
        category: 'police',
        significance: 'critical',
        sourceAgencyId: 'pol',
        subjectIds: ['tom', 'ella'],
        summary: 'Callum and SUE argued; Reid left. Tom (Thomas) went to St Mary’s Academy next day.',
        sourceRef: { system: 'Niche', recordId: 'NIC-3311' },
      },
    ],
  };
}
