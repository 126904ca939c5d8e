import { expect } from '@open-wc/testing';
import { parseCaseBundle, parseTeamBoard } from '../src/index.js';
import { sampleBoard, sampleCase } from '../sample/index.js';

type Obj = Record<string, unknown>;
const copy = <T>(v: T): T => structuredClone(v);
const loop = (): Obj => {
  const o: Obj = { name: 'host object' };
  o.owner = { back: o };
  return o;
};

describe('parser: loops, depth and size in host objects', () => {
  it('a loop in a field of one person: that field is withheld and named; the person, her links and the rest stay', () => {
    const b = copy(sampleCase) as unknown as Obj & { people: Obj[]; relationships: unknown[] };
    const before = parseCaseBundle(copy(sampleCase));
    b.people[0]!.meta = loop();
    const r = parseCaseBundle(b);
    expect(r.value.people!.map((p) => p.id)).to.deep.equal(before.value.people!.map((p) => p.id));
    expect(r.value.relationships!.length).to.equal(before.value.relationships!.length);
    expect(r.value.people![0]).not.to.have.property('meta');
    const issue = r.issues.find((i) => i.path.startsWith('meta'))!;
    expect(issue).to.include({ entity: 'Person', id: b.people[0]!.id, path: 'meta.owner.back', withheld: true });
    expect(issue.message).to.equal(
      '"meta.owner.back" leads back to itself (a loop in the data), so "meta" cannot be shown; the record is shown without it',
    );
    expect(() => JSON.stringify(r.value)).not.to.throw();
  });

  it('a loop through the whole bundle (bundle.extra = bundle) and through a plan: reported, the rest shown, saveable', () => {
    const b = copy(sampleCase) as unknown as Obj & { safetyPlans: Obj[] };
    b.extra = b;
    b.safetyPlans[0]!.childView = b.safetyPlans[0];
    const r = parseCaseBundle(b);
    expect(r.value.safetyPlans!.map((p) => p.id)).to.deep.equal(sampleCase.safetyPlans!.map((p) => p.id));
    expect(r.value.chronology!.length).to.equal(sampleCase.chronology!.length);
    expect(r.value).not.to.have.property('extra');
    expect(r.issues.find((i) => i.entity === 'CaseBundle')).to.include({ path: 'extra', withheld: true });
    expect(r.issues.find((i) => i.entity === 'SafetyPlan')).to.include({ path: 'childView.childView.childView', withheld: true });
    expect(r.value.safetyPlans![0]).not.to.have.property('childView');
    expect(() => JSON.stringify(r.value)).not.to.throw();
  });

  it('a loop in a field a record cannot stand without leaves out that record only, and says why', () => {
    const b = copy(sampleCase) as unknown as Obj & { relationships: Obj[] };
    const rel = b.relationships[0]!;
    rel.a = { self: null };
    (rel.a as Obj).self = rel.a;
    const r = parseCaseBundle(b);
    expect(r.value.relationships!.map((x) => x.id)).not.to.include(rel.id);
    expect(r.value.relationships!.length).to.equal(sampleCase.relationships!.length - 1);
    const issue = r.issues.find((i) => i.id === rel.id)!;
    expect(issue.message).to.equal('"a.self" leads back to itself (a loop in the data), so the record cannot be read');
  });

  it('data nested 3,000 deep in an unknown field is withheld, not walked to the bottom', () => {
    const b = copy(sampleCase) as unknown as Obj & { people: Obj[] };
    let deep: Obj = {};
    for (let i = 0; i < 3000; i++) deep = { d: deep };
    b.people[1]!.notes = deep;
    const r = parseCaseBundle(b);
    expect(r.value.people!.length).to.equal(sampleCase.people!.length);
    const issue = r.issues.find((i) => i.id === b.people[1]!.id)!;
    expect(issue.message).to.match(/^"notes(\.d)+" is nested more than 100 levels deep, so "notes" cannot be shown/);
  });

  it('a shared (not cyclic) object is fine', () => {
    const b = copy(sampleCase) as unknown as Obj & { people: Obj[] };
    const shared = { source: 'import' };
    b.people[0]!.meta = shared;
    b.people[1]!.meta = { a: shared, b: shared };
    const r = parseCaseBundle(b);
    expect(r.issues).to.deep.equal(parseCaseBundle(copy(sampleCase)).issues);
  });

  it('a board with a loop in one blockage and in its own extra field', () => {
    const b = copy(sampleBoard) as unknown as Obj & { blockages: Obj[] };
    b.blockages[0]!.meta = loop();
    b.meta = b;
    const r = parseTeamBoard(b);
    expect(r.value.blockages!.length).to.equal(sampleBoard.blockages!.length);
    expect(r.issues.map((i) => `${i.entity} ${i.path}`)).to.deep.equal(['TeamBoard meta', 'Blockage meta.owner.back']);
  });
});
