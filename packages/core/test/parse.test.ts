import { expect } from '@open-wc/testing';
import { parseCaseBundle, parseTeamBoard, type DataIssue } from '../src/index.js';
import { HOSTILE_STRINGS, hostileBoard, hostileBundle, makeChronology, sampleBoard, sampleCase } from '../sample/index.js';

type Obj = Record<string, any>;
const clone = <T>(v: T): T => structuredClone(v);
const caseDoc = (): Obj => clone(sampleCase);
const boardDoc = (): Obj => clone(sampleBoard);
const issueOf = (issues: DataIssue[], entity: string, id: string | null, path?: string) =>
  issues.find((i) => i.entity === entity && i.id === id && (path === undefined || i.path === path));
const show = (issues: DataIssue[]) => JSON.stringify(issues.slice(0, 4));

/** A minimal valid bundle, for tests that need to see exactly what changes. */
const tiny = (): Obj => ({
  schema: 'opencasework/case-bundle@1',
  case: { id: 'c1', subjectIds: ['child'] },
  people: [
    { id: 'mum', gender: 'female', dateOfBirth: '1990' },
    { id: 'dad', gender: 'male' },
    { id: 'child', gender: 'not-known', dateOfBirth: '2015-06-14' },
  ],
  relationships: [
    { id: 'r1', kind: 'parent', parentId: 'mum', childId: 'child', type: 'biological' },
    { id: 'r2', kind: 'parent', parentId: 'dad', childId: 'child', type: 'biological' },
  ],
  agencies: [{ id: 'a1', name: 'Police', sector: 'police' }],
  professionals: [
    { id: 'pr1', name: 'PC One', role: 'Officer', agencyId: 'a1' },
    { id: 'pr2', name: 'PC Two', role: 'Officer', agencyId: 'a1' },
  ],
  involvements: [
    { id: 'i1', professionalId: 'pr1', personIds: ['child'], lead: true },
    { id: 'i2', professionalId: 'pr2', personIds: ['child'], lead: true, to: '2024-01' },
  ],
  chronology: [
    {
      id: 'e1',
      date: '2024-03-01',
      title: 'Visit',
      category: 'visit',
      significance: 'routine',
      sourceAgencyId: 'a1',
      subjectIds: ['child'],
    },
  ],
});

describe('parseCaseBundle and parseTeamBoard never throw', () => {
  const odd: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a string', 'opencasework/case-bundle@1'],
    ['an array', [sampleCase]],
    ['{}', {}],
    ['true', true],
    ['a function', () => sampleCase],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['a date', new Date(0)],
    ['the wrong schema version', { ...sampleCase, schema: 'opencasework/case-bundle@2' }],
    ['a schema that is not a string', { schema: 1 }],
  ];
  for (const [name, input] of odd) {
    it(`parseCaseBundle(${name}) returns an empty bundle and one issue about "schema"`, () => {
      const { value, issues } = parseCaseBundle(input);
      expect(value.schema).to.equal('opencasework/case-bundle@1');
      expect(value.people ?? []).to.deep.equal([]);
      expect(issues).to.have.length(1);
      expect(issues[0]).to.include({ entity: 'CaseBundle', id: null, path: 'schema' });
      expect(issues[0]!.message).to.include('opencasework/case-bundle@1');
    });
    it(`parseTeamBoard(${name}) returns an empty board and one issue about "schema"`, () => {
      const { value, issues } = parseTeamBoard(input);
      expect(value.schema).to.equal('opencasework/team-board@1');
      expect(value.blockages ?? []).to.deep.equal([]);
      expect(issues).to.have.length(1);
      expect(issues[0]).to.include({ entity: 'TeamBoard', id: null, path: 'schema' });
    });
  }

  it('a team board passed to parseCaseBundle is refused by its schema name, and the other way round', () => {
    const a = parseCaseBundle(clone(sampleBoard));
    expect(a.issues[0]!.message).to.include('"opencasework/team-board@1"');
    expect(a.value.chronology ?? []).to.have.length(0);
    const b = parseTeamBoard(clone(sampleCase));
    expect(b.issues[0]!.message).to.include('"opencasework/case-bundle@1"');
    expect(b.value.blockages ?? []).to.have.length(0);
  });

  it('survives lists that are not lists, null records, a getter that throws and a cycle in an unknown field', () => {
    const doc = caseDoc();
    doc.households = 'everyone';
    doc.chronology = [null, 7, 'x', [], ...doc.chronology];
    const cyclic: Obj = { name: 'loop' };
    cyclic.self = cyclic;
    doc.hostData = cyclic;
    let r = parseCaseBundle(doc);
    expect(issueOf(r.issues, 'Household', null, '')!.message).to.include('must be a list');
    expect(r.value.households).to.deep.equal([]);
    expect(r.issues.filter((i) => i.entity === 'ChronologyEntry' && i.id === null)).to.have.length(4);
    // Issue 15 finding 8: a loop in a host object is reported and withheld (it was kept silently, and a loop cannot be
    // saved or exported), and the rest is shown.
    expect(r.issues).to.have.length(6);
    expect(r.value.chronology).to.deep.equal(sampleCase.chronology);
    expect(r.value).not.to.have.property('hostData');
    expect(issueOf(r.issues, 'CaseBundle', null, 'hostData.self')!.withheld).to.equal(true);
    const noPeople = caseDoc();
    noPeople.people = null;
    r = parseCaseBundle(noPeople);
    expect(issueOf(r.issues, 'Person', null, '')!.message).to.include('must be a list, not null');
    expect(r.value.people).to.deep.equal([]);
    // Every entry still shows; whom each concerns cannot be named without the people.
    expect(r.value.chronology!.length).to.equal(sampleCase.chronology!.length);
    expect(r.value.chronology!.every((e) => (e.subjectIds ?? []).length === 0)).to.equal(true);
    const trap = caseDoc();
    Object.defineProperty(trap, 'people', {
      get() {
        throw new Error('host getter');
      },
      enumerable: true,
    });
    r = parseCaseBundle(trap);
    expect(r.issues.at(-1)!.message).to.include('could not be read');
    expect(r.issues.at(-1)!.message).not.to.include('host getter');
  });

  it('leaves out only the record whose field throws when read, and skips a hole in a list as it always did', () => {
    const doc = caseDoc();
    const n = doc.chronology.length;
    Object.defineProperty(doc.chronology[1], 'title', {
      get() {
        throw new Error('host getter');
      },
      enumerable: true,
    });
    doc.chronology.length = n + 2; // two holes at the end
    const r = parseCaseBundle(doc);
    const out = r.issues.filter((i) => i.entity === 'ChronologyEntry');
    expect(out.map((i) => [i.id, i.location])).to.deep.equal([[doc.chronology[1].id, 'chronology[1]']]);
    expect(out[0]!.message).to.include('could not be read').and.not.include('host getter');
    expect(r.value.chronology!.map((e) => e.id)).to.deep.equal(sampleCase.chronology!.filter((_, i) => i !== 1).map((e) => e.id));
  });
});

describe('unknown fields round-trip unchanged', () => {
  it('at the top level, on records and nested inside records of a case bundle', () => {
    const doc = caseDoc();
    doc['x-host'] = { version: 7, tags: ['a', 'b'] };
    doc.case.hostCaseRef = 'CASE/1';
    doc.people[0].hostPersonId = 12345;
    doc.people.find((p: Obj) => p.identifiers).identifiers[0].issuedBy = 'NHS Wales';
    doc.people.find((p: Obj) => p.pregnancy).pregnancy.weeks = 14;
    doc.relationships.find((r: Obj) => r.history).history[0].certificate = 'seen';
    doc.chronology[5].sourceRef = { ...(doc.chronology[5].sourceRef ?? {}), page: 12 };
    doc.chronology[6].attachments = [{ name: 'letter.pdf' }];
    const plan = doc.safetyPlans[0];
    plan.meetingRoom = 'Room 2';
    plan.harm[0].evidence = ['police report'];
    plan.nextSteps[0].reminder = true;
    plan.scales[0].method = 'hands';
    plan.network[0].phoneKnown = true;
    plan.childView.drawing = 'three-houses.png';
    plan.childView.worries[0].colour = 'red';
    doc.audit[0].client = 'tablet';
    const input = clone(doc);
    const { value, issues } = parseCaseBundle(doc);
    expect(issues).to.deep.equal([]);
    expect(value).to.deep.equal(input);
    expect(doc).to.deep.equal(input, 'the input is not modified');
  });

  it('on a team board, its blockages, their actions and debriefs', () => {
    const doc = boardDoc();
    doc.colourScheme = 'blue';
    doc.blockages[0].votes = 3;
    doc.blockages[0].actions[0].channel = 'email';
    doc.debriefs[0].room = 'Teams';
    const input = clone(doc);
    const { value, issues } = parseTeamBoard(doc);
    expect(issues).to.deep.equal([]);
    expect(value).to.deep.equal(input);
  });
});

interface RefField {
  label: string;
  entity: string;
  list: (d: Obj) => Obj[];
  find: (r: Obj) => boolean;
  path: string;
  board?: boolean;
  planKept?: boolean;
  soft?: boolean;
}
const REFS: RefField[] = [
  { label: 'Professional.agencyId', entity: 'Professional', list: (d) => d.professionals, find: () => true, path: 'agencyId' },
  {
    label: 'ParentRelationship.parentId',
    entity: 'Relationship',
    list: (d) => d.relationships,
    find: (r) => r.kind === 'parent',
    path: 'parentId',
  },
  {
    label: 'ParentRelationship.childId',
    entity: 'Relationship',
    list: (d) => d.relationships,
    find: (r) => r.kind === 'parent',
    path: 'childId',
  },
  { label: 'PartnerRelationship.a', entity: 'Relationship', list: (d) => d.relationships, find: (r) => r.kind === 'partner', path: 'a' },
  { label: 'TwinRelationship.b', entity: 'Relationship', list: (d) => d.relationships, find: (r) => r.kind === 'twin', path: 'b' },
  {
    label: 'EmotionalRelationship.a',
    entity: 'Relationship',
    list: (d) => d.relationships,
    find: (r) => r.kind === 'emotional',
    path: 'a',
  },
  { label: 'SupportRelationship.b', entity: 'Relationship', list: (d) => d.relationships, find: (r) => r.kind === 'support', path: 'b' },
  { label: 'Household.memberIds', entity: 'Household', list: (d) => d.households, find: () => true, path: 'memberIds[1]', soft: true },
  { label: 'Involvement.professionalId', entity: 'Involvement', list: (d) => d.involvements, find: () => true, path: 'professionalId' },
  {
    label: 'Involvement.personIds',
    entity: 'Involvement',
    list: (d) => d.involvements,
    find: () => true,
    path: 'personIds[0]',
    soft: true,
  },
  {
    label: 'ChronologyEntry.sourceAgencyId',
    entity: 'ChronologyEntry',
    list: (d) => d.chronology,
    find: (r) => r.sourceAgencyId,
    path: 'sourceAgencyId',
    soft: true,
  },
  {
    label: 'ChronologyEntry.subjectIds',
    entity: 'ChronologyEntry',
    list: (d) => d.chronology,
    find: (r) => r.subjectIds?.length > 1,
    path: 'subjectIds[1]',
    soft: true,
  },
  { label: 'SafetyPlan.childIds', entity: 'SafetyPlan', list: (d) => d.safetyPlans, find: () => true, path: 'childIds[2]', soft: true },
  {
    label: 'SafetyPlan.network[].memberId',
    entity: 'SafetyPlan',
    list: (d) => d.safetyPlans,
    find: () => true,
    path: 'network[3].memberId',
    soft: true,
  },
  {
    label: 'SafetyPlan.childView.childId',
    entity: 'SafetyPlan',
    list: (d) => d.safetyPlans,
    find: () => true,
    path: 'childView.childId',
    soft: true,
  },
  {
    label: 'Statement.linkedIds',
    entity: 'Statement',
    list: (d) => d.safetyPlans[0].dangerStatements,
    find: (r) => r.linkedIds?.length,
    path: 'linkedIds[0]',
    planKept: true,
    soft: true,
  },
  {
    label: 'Debrief.discussedIds',
    entity: 'Debrief',
    list: (d) => d.debriefs,
    find: () => true,
    path: 'discussedIds[2]',
    board: true,
    soft: true,
  },
];

function setPath(rec: Obj, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let o: Obj = rec;
  for (const k of keys.slice(0, -1)) o = o[k];
  o[keys.at(-1)!] = value;
}

describe('dangling references', () => {
  for (const f of REFS) {
    const outcome = f.soft ? 'the record is kept without that reference' : 'that record is left out, the others kept';
    it(`${f.label}: an issue of the record that holds it; ${outcome}`, () => {
      const doc = f.board ? boardDoc() : caseDoc();
      const list = f.list(doc);
      const target = list.find(f.find)!;
      const before = list.length;
      setPath(target, f.path, 'no-such-record');
      const { value, issues } = (f.board ? parseTeamBoard : parseCaseBundle)(doc) as { value: Obj; issues: DataIssue[] };
      const issue = issueOf(issues, f.entity, target.id, f.path);
      expect(issue, show(issues)).to.exist;
      expect(issue!.message).to.include('"no-such-record"');
      expect(issue!.location, 'the record’s place in the input').to.match(/\[\d+\]/);
      expect(issue!.message).to.match(/not in (the bundle|this safety plan|the board)/);
      const kept = f.list(value);
      if (f.soft) {
        // Never hide a record (a chronology entry, a plan) because something it mentions is missing.
        expect(issue!.message).to.match(/shown without that (reference|link)/);
        expect(kept).to.have.length(before);
        const again = kept.find((r) => r.id === target.id)!;
        expect(JSON.stringify(again)).not.to.include('no-such-record');
      } else {
        expect(kept.map((r) => r.id)).not.to.include(target.id);
        expect(kept).to.have.length(before - 1);
      }
      if (f.planKept) expect(value.safetyPlans).to.have.length(1);
    });
  }

  it('Case.subjectIds: an issue of the case; the case is kept without the missing subject', () => {
    const doc = caseDoc();
    doc.case.subjectIds.push('ghost');
    const { value, issues } = parseCaseBundle(doc);
    expect(issueOf(issues, 'Case', 'case-evans-2019', 'subjectIds[3]')!.message).to.include('"ghost"');
    expect(value.case.subjectIds).to.deep.equal(['p-tyler', 'p-ruby', 'p-megan']);
  });

  it('a reference to a record that is itself invalid says so, and the chain stays consistent', () => {
    const doc = tiny();
    doc.agencies[0].sector = 'pirates';
    const { value, issues } = parseCaseBundle(doc);
    expect(issueOf(issues, 'Professional', 'pr1', 'agencyId')!.message).to.include('itself invalid');
    expect(issueOf(issues, 'Involvement', 'i1', 'professionalId')!.message).to.include('itself invalid');
    expect(issueOf(issues, 'ChronologyEntry', 'e1', 'sourceAgencyId')).to.exist;
    expect(value.professionals).to.deep.equal([]);
    expect(value.involvements).to.deep.equal([]);
  });

  it('a statement linked to a statement that is itself invalid is kept without that link', () => {
    const doc = caseDoc();
    const p = doc.safetyPlans[0];
    p.safetyGoals.find((s: Obj) => s.id === 'st-goal-1').text = 42;
    const { value, issues } = parseCaseBundle(doc);
    expect(issueOf(issues, 'Statement', 'st-goal-1', 'text')).to.exist;
    expect(issueOf(issues, 'Statement', 'st-danger-1', 'linkedIds[0]')!.message).to.include('itself invalid');
    const kept = value.safetyPlans![0]!;
    expect(kept.dangerStatements!.map((s) => s.id)).to.deep.equal(['st-danger-1', 'st-danger-2', 'st-danger-3']);
    expect(kept.dangerStatements![0]!.linkedIds ?? []).not.to.include('st-goal-1');
    expect(kept.safetyGoals!.map((s) => s.id)).to.deep.equal(['st-goal-2']);
  });
});

describe('duplicate ids', () => {
  it('a second record with the same id in a list is reported and left out; the first is kept', () => {
    const doc = caseDoc();
    const dup = { ...doc.people[3], givenName: 'Impostor' };
    doc.people.push(dup);
    doc.chronology.push({ ...doc.chronology[0], title: 'Again' });
    const { value, issues } = parseCaseBundle(doc);
    expect(issueOf(issues, 'Person', dup.id, 'id')!.message).to.include('unique');
    expect(issueOf(issues, 'ChronologyEntry', doc.chronology[0].id, 'id')).to.exist;
    expect(value.people).to.have.length(sampleCase.people!.length);
    expect(value.people!.find((p) => p.id === dup.id)!.givenName).to.equal(sampleCase.people![3]!.givenName);
  });

  it('duplicates among statements of a plan and among blockages', () => {
    const doc = caseDoc();
    doc.safetyPlans[0].strengths.push({ ...doc.safetyPlans[0].strengths[0], text: 'copy' });
    const r = parseCaseBundle(doc);
    expect(issueOf(r.issues, 'Statement', 'st-str-1', 'id')).to.exist;
    expect(r.value.safetyPlans![0]!.strengths).to.have.length(sampleCase.safetyPlans![0]!.strengths!.length);
    const board = boardDoc();
    board.blockages.push({ ...board.blockages[0] });
    const b = parseTeamBoard(board);
    expect(issueOf(b.issues, 'Blockage', 'bl-01', 'id')).to.exist;
    expect(b.value.blockages).to.have.length(sampleBoard.blockages!.length);
  });

  it('the same id in two different record types is allowed', () => {
    const doc = tiny();
    doc.agencies[0].id = 'mum';
    doc.professionals.forEach((p: Obj) => (p.agencyId = 'mum'));
    doc.chronology[0].sourceAgencyId = 'mum';
    const { issues } = parseCaseBundle(doc);
    expect(issues.filter((i) => i.entity !== 'Involvement')).to.deep.equal([]);
  });
});

describe('the parser never adds a field', () => {
  it('leaves a case without subjectIds without them', () => {
    const doc = tiny();
    delete doc.case.subjectIds;
    const { value, issues } = parseCaseBundle(doc);
    expect(issues).to.deep.equal([]);
    expect(Object.keys(value.case)).to.not.include('subjectIds');
  });
});

describe('a fault in one field never hides the whole record (issue 15)', () => {
  it('a 203-character preferred name: the mother and every relationship naming her are kept, the name withheld', () => {
    const doc = caseDoc();
    const mother = doc.people.find((p: Obj) => doc.relationships.some((r: Obj) => r.kind === 'parent' && r.parentId === p.id));
    const naming = doc.relationships.filter((r: Obj) => [r.parentId, r.childId, r.a, r.b].includes(mother.id)).length;
    expect(naming, 'relationships that name her').to.be.greaterThan(1);
    mother.preferredName = 'x'.repeat(203);
    const { value, issues } = parseCaseBundle(doc);
    const kept = value.people!.find((p) => p.id === mother.id);
    expect(kept, 'the person is kept').to.exist;
    expect(kept!.preferredName).to.equal(undefined);
    expect(kept!.givenName).to.equal(mother.givenName);
    const issue = issueOf(issues, 'Person', mother.id, 'preferredName')!;
    expect(issue.withheld).to.equal(true);
    expect(issue.message).to.match(/too long: 203 characters where at most 200 are allowed; the record is shown without it/);
    expect(
      value.relationships!.filter((r) => [(r as Obj).parentId, (r as Obj).childId, (r as Obj).a, (r as Obj).b].includes(mother.id)),
    ).to.have.length(naming);
    expect(value.relationships).to.have.length(sampleCase.relationships!.length);
  });

  it('one over-long household member id takes out that id only, never the household and its children', () => {
    const doc = caseDoc();
    const h = doc.households.find((x: Obj) => (x.memberIds as unknown[]).length > 2);
    const before = [...h.memberIds];
    h.memberIds.push('y'.repeat(500));
    const { value, issues } = parseCaseBundle(doc);
    expect(value.households!.find((x) => x.id === h.id)!.memberIds).to.deep.equal(before);
    expect(issues.find((i) => i.entity === 'Household' && i.id === h.id)!.withheld).to.equal(true);
  });

  it('never withholds confidentiality: a restricted entry with a bad value is left out, not shown to everyone', () => {
    const doc = caseDoc();
    doc.chronology[0].confidentiality = 'secret';
    const { value } = parseCaseBundle(doc);
    expect(value.chronology!.map((e) => e.id)).not.to.include(doc.chronology[0].id);
  });

  it('reports an own "__proto__" field instead of dropping it silently, and pollutes nothing', () => {
    const doc = JSON.parse(
      '{"schema":"opencasework/case-bundle@1","case":{"id":"c"},"people":[{"id":"p","gender":"female","__proto__":{"polluted":1}}]}',
    );
    const { value, issues } = parseCaseBundle(doc);
    expect(value.people!.map((p) => p.id)).to.deep.equal(['p']);
    expect(issueOf(issues, 'Person', 'p', '__proto__')).to.exist;
    expect(({} as Obj).polluted).to.equal(undefined);
  });
});

describe('no record can empty the case (issue 15)', () => {
  it('an unknown field nested 3,000 deep plus a dangling reference keeps the record and every other one', () => {
    const doc = caseDoc();
    let deep: Obj = {};
    const root = deep;
    for (let i = 0; i < 3000; i++) deep = deep.next = {};
    doc.chronology[0].extra = root;
    doc.chronology[0].subjectIds = [...(doc.chronology[0].subjectIds ?? []), 'nobody-by-this-id'];
    const { value, issues } = parseCaseBundle(doc);
    expect(value.chronology).to.have.length(sampleCase.chronology!.length);
    expect(value.people).to.have.length(sampleCase.people!.length);
    expect(value.chronology![0]!.subjectIds).not.to.include('nobody-by-this-id');
    expect(issues.filter((i) => i.entity === 'CaseBundle')).to.deep.equal([]);
  });

  it('a list of 130,000 invalid items in one record leaves out that record only', () => {
    const doc = caseDoc();
    doc.chronology[1].tags = Array.from({ length: 130_000 }, () => 7);
    const { value, issues } = parseCaseBundle(doc);
    expect(value.people).to.have.length(sampleCase.people!.length);
    expect(value.chronology!.length).to.be.at.least(sampleCase.chronology!.length - 1);
    expect(issues.filter((i) => i.entity === 'CaseBundle')).to.deep.equal([]);
  });
});

describe('wrong types', () => {
  const cases: [string, (d: Obj) => void, string, string | null, string, RegExp][] = [
    ['a number for gender', (d) => (d.people[0].gender = 5), 'Person', 'mum', 'gender', /one of: female, male/],
    ['a number for a name', (d) => (d.people[0].givenName = 42), 'Person', 'mum', 'givenName', /must be text, not a number/],
    ['text for a boolean', (d) => (d.people[0].deceased = 'yes'), 'Person', 'mum', 'deceased', /true or false/],
    ['an object for a date', (d) => (d.people[0].dateOfBirth = { y: 1990 }), 'Person', 'mum', 'dateOfBirth', /must be text, not an object/],
    ['a fraction for a sequence', (d) => (d.chronology[0].sequence = 1.5), 'ChronologyEntry', 'e1', 'sequence', /whole number/],
    ['text for a sequence', (d) => (d.chronology[0].sequence = '2'), 'ChronologyEntry', 'e1', 'sequence', /must be a number, not text/],
    ['a missing title', (d) => delete d.chronology[0].title, 'ChronologyEntry', 'e1', 'title', /"title" is required/],
    ['an empty id', (d) => (d.people[1].id = ''), 'Person', null, 'id', /must not be empty/],
    [
      'a list for subjectIds item',
      (d) => (d.chronology[0].subjectIds = [['child']]),
      'ChronologyEntry',
      'e1',
      'subjectIds[0]',
      /must be text, not a list/,
    ],
    ['a date for an instant', (d) => (d.chronology[0].recordedAt = '2024-03-01'), 'ChronologyEntry', 'e1', 'recordedAt', /date and time/],
    // Messages once read "must be a number, not a number" (Infinity) and "not not a number" (NaN).
    [
      'Infinity for a sequence',
      (d) => (d.chronology[0].sequence = Infinity),
      'ChronologyEntry',
      'e1',
      'sequence',
      /must be a finite number, not infinity; the record is shown without it$/,
    ],
    [
      'NaN for a sequence',
      (d) => (d.chronology[0].sequence = Number.NaN),
      'ChronologyEntry',
      'e1',
      'sequence',
      /must be a finite number, not NaN \(an invalid number\); the record is shown without it$/,
    ],
  ];
  for (const [name, mutate, entity, id, path, message] of cases) {
    it(`${name}: reported in plain English and that record left out`, () => {
      const doc = tiny();
      mutate(doc);
      const { issues } = parseCaseBundle(doc);
      const issue = issueOf(issues, entity, id, path);
      expect(issue, show(issues)).to.exist;
      expect(issue!.message).to.match(message);
    });
  }

  it('a score as text and a score of 11 in a plan are ScaleRating issues; the plan stays', () => {
    const doc = caseDoc();
    const scales = doc.safetyPlans[0].scales;
    scales[0].score = '7';
    scales[1].score = 11;
    const { value, issues } = parseCaseBundle(doc);
    expect(issueOf(issues, 'ScaleRating', scales[0].id, 'score')!.message).to.include('a number');
    expect(issueOf(issues, 'ScaleRating', scales[1].id, 'score')!.message).to.include('10 or less');
    expect(value.safetyPlans![0]!.scales).to.have.length(scales.length - 2);
  });

  it('hours lost as text and negative metToo on a blockage', () => {
    const doc = boardDoc();
    doc.blockages[0].hoursLostPerWeek = '3';
    doc.blockages[1].metToo = -1;
    const { value, issues } = parseTeamBoard(doc);
    expect(issueOf(issues, 'Blockage', 'bl-01', 'hoursLostPerWeek')).to.exist;
    expect(issueOf(issues, 'Blockage', 'bl-02', 'metToo')!.message).to.include('0 or more');
    // Issue 15: descriptive numbers are withheld, the cards kept (they used to be left out).
    expect(value.blockages).to.have.length(sampleBoard.blockages!.length);
    const [b1, b2] = value.blockages!;
    expect(b1!.hoursLostPerWeek).to.equal(undefined);
    expect(b2!.metToo).to.equal(undefined);
    expect(issueOf(issues, 'Blockage', 'bl-01', 'hoursLostPerWeek')!.withheld).to.equal(true);
  });
});

describe('1 MB strings', () => {
  const big = 'x'.repeat(1024 * 1024);
  it('a 1 MB text field is reported as too long, without echoing the string, in a short message', () => {
    const doc = caseDoc();
    doc.people[0].notes = big;
    doc.chronology[0].title = big;
    const { value, issues } = parseCaseBundle(doc);
    for (const [entity, id, path] of [
      ['Person', 'p-margaret', 'notes'],
      ['ChronologyEntry', sampleCase.chronology![0]!.id, 'title'],
    ] as const) {
      const issue = issueOf(issues, entity, id, path)!;
      expect(issue.message).to.include('too long');
      expect(issue.message).to.include('1,048,576');
      expect(issue.message.length).to.be.lessThan(150);
      expect(issue.message).not.to.include('xxxxxxxxxx');
    }
    expect(JSON.stringify(issues).length).to.be.lessThan(20_000);
    expect(value.chronology).to.have.length(sampleCase.chronology!.length - 1);
  });

  it('hostileBundle({ huge: true }): every issue is short and none echoes the huge string', () => {
    const input = hostileBundle({ huge: true });
    const { issues } = parseCaseBundle(input);
    expect(issues.length).to.be.greaterThan(50);
    for (const i of issues) {
      expect(i.message.length, i.message.slice(0, 300)).to.be.lessThan(300);
      expect(i.message).not.to.include('onerror=alert(1)>\u202E<img');
    }
    expect(issues.filter((i) => /too long/.test(i.message)).length).to.be.greaterThan(40);
    const board = parseTeamBoard(hostileBoard({ huge: true }));
    expect(board.issues.some((i) => i.entity === 'Blockage' && /too long/.test(i.message))).to.equal(true);
    expect(JSON.stringify(board.issues).length).to.be.lessThan(20_000);
  });
});

describe('hostile strings', () => {
  it('are valid when short and kept byte for byte', () => {
    const input = hostileBundle();
    const { value, issues } = parseCaseBundle(clone(input));
    expect(issues).to.deep.equal([]);
    expect(value).to.deep.equal(input);
    const json = JSON.stringify(value);
    for (const s of HOSTILE_STRINGS) expect(json.includes(JSON.stringify(s).slice(1, -1)), s).to.equal(true);
    expect(value.chronology![0]!.sourceRef!.url).to.equal('javascript:alert(1)');
    expect(value.people!.map((p) => p.id)).to.include('__proto__');
  });

  it('on a team board too', () => {
    const input = hostileBoard();
    const { value, issues } = parseTeamBoard(clone(input));
    expect(issues).to.deep.equal([]);
    expect(value).to.deep.equal(input);
  });

  it('an id holding markup is reported as data, not interpreted', () => {
    const doc = tiny();
    doc.chronology[0].sourceAgencyId = '<img src=x onerror=alert(1)>';
    const { issues } = parseCaseBundle(doc);
    expect(issueOf(issues, 'ChronologyEntry', 'e1', 'sourceAgencyId')!.message).to.include('"<img src=x onerror=alert(1)>"');
  });
});

describe('rules across fields and records', () => {
  it('deceased: false with a date of death', () => {
    const doc = tiny();
    Object.assign(doc.people[1], { deceased: false, dateOfDeath: '2020' });
    const { value, issues } = parseCaseBundle(doc);
    expect(issueOf(issues, 'Person', 'dad', 'deceased')!.message).to.include('date of death');
    expect(value.people!.map((p) => p.id)).to.deep.equal(['mum', 'child']);
    doc.people[1].deceased = true;
    expect(parseCaseBundle(doc).issues.filter((i) => i.entity === 'Person')).to.deep.equal([]);
  });

  it('a third biological parent is refused; the first two are kept', () => {
    const doc = tiny();
    doc.people.push({ id: 'other', gender: 'male' });
    doc.relationships.push({ id: 'r3', kind: 'parent', parentId: 'other', childId: 'child', type: 'biological' });
    doc.relationships.push({ id: 'r4', kind: 'parent', parentId: 'other', childId: 'child', type: 'step' });
    const { value, issues } = parseCaseBundle(doc);
    expect(issueOf(issues, 'Relationship', 'r3', 'parentId')!.message).to.include('third biological parent');
    expect(value.relationships!.map((r) => r.id)).to.deep.equal(['r1', 'r2', 'r4']);
  });

  it('two current leads: the second is refused; an ended lead is not current', () => {
    const doc = tiny();
    let r = parseCaseBundle(doc);
    expect(r.issues).to.deep.equal([]);
    delete doc.involvements[1].to;
    r = parseCaseBundle(doc);
    expect(issueOf(r.issues, 'Involvement', 'i2', 'lead')!.message).to.include('"i1"');
    expect(r.value.involvements!.map((i) => i.id)).to.deep.equal(['i1']);
  });

  it('a relationship of a person with themself is refused', () => {
    const doc = tiny();
    doc.relationships.push({ id: 'r5', kind: 'emotional', a: 'mum', b: 'mum', quality: 'close' });
    expect(issueOf(parseCaseBundle(doc).issues, 'Relationship', 'r5')).to.exist;
  });

  const dates: [string, boolean][] = [
    ['2019-02-30', false],
    ['2019-02-29', false],
    ['2020-02-29', true],
    ['2019-04-31', false],
    ['2019-13', false],
    ['2019-00', false],
    ['19-01-01', false],
    ['2019-1-1', false],
    ['2019-01-01T00:00', false],
    ['', false],
    ['2019', true],
    ['2019-12', true],
    ['2019-12-31', true],
  ];
  for (const [date, ok] of dates) {
    it(`date "${date}" is ${ok ? 'accepted' : 'refused'}`, () => {
      const doc = tiny();
      doc.people[0].dateOfBirth = date;
      const issue = issueOf(parseCaseBundle(doc).issues, 'Person', 'mum', 'dateOfBirth');
      if (ok) expect(issue).to.equal(undefined);
      else expect(issue!.message).to.match(/calendar date|YYYY/);
    });
  }

  it('a time without a full date is refused; with a full date it is kept', () => {
    const doc = tiny();
    doc.chronology.push({ ...doc.chronology[0], id: 'e2', date: '2024-03', time: '10:00' });
    doc.chronology.push({ ...doc.chronology[0], id: 'e3', time: '23:59' });
    doc.chronology.push({ ...doc.chronology[0], id: 'e4', time: '24:00' });
    const { value, issues } = parseCaseBundle(doc);
    expect(issueOf(issues, 'ChronologyEntry', 'e2', 'time')!.message).to.include('not a full date');
    expect(issueOf(issues, 'ChronologyEntry', 'e4', 'time')).to.exist;
    // Issue 15: the entry is kept, shown without the time (it used to be left out).
    expect(value.chronology!.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'e3', 'e4']);
    expect(value.chronology!.map((e) => e.time)).to.deep.equal([undefined, undefined, '23:59', undefined]);
  });

  it('an end date before the start is refused; an end in the same month as a full start is accepted', () => {
    const doc = tiny();
    const base = doc.chronology[0];
    doc.chronology = [
      { ...base, id: 'before', date: '2023-05-06', endDate: '2023-05-05' },
      { ...base, id: 'year-before', date: '2023-05-06', endDate: '2022' },
      { ...base, id: 'same-month', date: '2023-05-06', endDate: '2023-05' },
      { ...base, id: 'same-day', date: '2023-05-06', endDate: '2023-05-06' },
      { ...base, id: 'later', date: '2023', endDate: '2024-01-02' },
    ];
    const { value, issues } = parseCaseBundle(doc);
    expect(issueOf(issues, 'ChronologyEntry', 'before', 'endDate')!.message).to.include('ends before it starts');
    expect(issueOf(issues, 'ChronologyEntry', 'year-before', 'endDate')).to.exist;
    expect(value.chronology!.map((e) => e.id)).to.deep.equal(['same-month', 'same-day', 'later']);
  });

  it('a blockage resolved before it was raised is refused', () => {
    const doc = boardDoc();
    doc.blockages[0].resolvedAt = '2020-01-01T00:00:00Z';
    expect(issueOf(parseTeamBoard(doc).issues, 'Blockage', 'bl-01', 'resolvedAt')).to.exist;
  });
});

describe('bad statements inside a safety plan', () => {
  it('are reported as Statement with their id; the plan and the other statements are kept', () => {
    const doc = caseDoc();
    const p = doc.safetyPlans[0];
    const harmBefore = p.harm.length;
    p.harm[1].text = 5;
    delete p.harm[2].id;
    p.rules[0].agreedBy = 'everyone';
    p.childView.dreams[0].text = 'x'.repeat(20_001);
    p.nextSteps[0].status = 'maybe';
    const { value, issues } = parseCaseBundle(doc);
    expect(issueOf(issues, 'Statement', 'st-harm-2', 'text')).to.exist;
    expect(issueOf(issues, 'Statement', null, 'id')).to.exist;
    expect(issueOf(issues, 'Statement', 'st-rule-1', 'agreedBy')).to.exist;
    expect(issueOf(issues, 'Statement', 'cv-d-1', 'text')!.message).to.include('too long');
    expect(issueOf(issues, 'Action', 'ns-1', 'status')).to.exist;
    expect(issues.filter((i) => i.entity === 'SafetyPlan')).to.deep.equal([]);
    const kept = value.safetyPlans![0]!;
    expect(kept.harm!.map((s) => s.id)).to.deep.equal(['st-harm-1', 'st-harm-4']);
    expect(kept.harm).to.have.length(harmBefore - 2);
    // Issue 15: a bad "agreedBy" is withheld and the rule kept (it used to be left out).
    expect(kept.rules!.find((s) => s.id === 'st-rule-1')!.agreedBy).to.equal(undefined);
    expect(kept.childView!.dreams!.map((s) => s.id)).to.deep.equal(['cv-d-2', 'cv-d-3']);
    expect(kept.strengths).to.deep.equal(sampleCase.safetyPlans![0]!.strengths);
  });

  it('a plan whose own fields are wrong is left out as a SafetyPlan', () => {
    const doc = caseDoc();
    doc.safetyPlans[0].version = 'three';
    const { value, issues } = parseCaseBundle(doc);
    expect(issueOf(issues, 'SafetyPlan', 'sp-evans-children', 'version')).to.exist;
    expect(value.safetyPlans).to.deep.equal([]);
  });
});

describe('parse time (sanity, not a benchmark)', () => {
  it('parses the sample case and a 10,000-entry chronology without a pathological slowdown (under 10 s)', () => {
    let t = performance.now();
    const s = parseCaseBundle(sampleCase);
    const sampleMs = performance.now() - t;
    expect(s.issues).to.deep.equal([]);
    const big = makeChronology(10_000, 7);
    // Two runs, the first cold: on a machine shared by several test runs one run can stall; the better of the two
    // is asserted and both are printed.
    const runs: number[] = [];
    let r = parseCaseBundle(makeChronology(1, 1));
    for (let k = 0; k < 2; k++) {
      t = performance.now();
      r = parseCaseBundle(big);
      runs.push(performance.now() - t);
    }
    console.log(
      `parseCaseBundle: sample (${sampleCase.chronology!.length} entries) ${sampleMs.toFixed(1)} ms; makeChronology(10000) ${runs.map((ms) => ms.toFixed(1)).join(' ms cold, ')} ms warm`,
    );
    expect(r.issues).to.deep.equal([]);
    expect(r.value.chronology).to.have.length(10_000);
    // Not a speed target (those are in bench/): a bound ten times the slowest run seen under load, which a quadratic
    // step (seconds at 10,000 entries) would still exceed.
    expect(Math.min(...runs)).to.be.lessThan(10_000);
  });
});
