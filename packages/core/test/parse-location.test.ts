// An issue found after parsing (a dangling reference, a rule across records) names the record's place in the input,
// counted among every record the host sent, the refused ones included: "chronology[2]" is the third entry sent even
// when the first was refused. The places are looked up only when an issue needs one (see parse-location.ts).
import { expect } from '@open-wc/testing';
import { parseCaseBundle, parseTeamBoard, type DataIssue } from '../src/index.js';
import { sampleBoard, sampleCase } from '../sample/index.js';

type Obj = Record<string, unknown>;
const issueOf = (issues: DataIssue[], id: string, path: string) => issues.find((i) => i.id === id && i.path === path);

describe('where an issue found after parsing says the record was', () => {
  it('counts every record sent: a refused record before it does not shift the place', () => {
    const doc = structuredClone(sampleCase) as unknown as { chronology: Obj[]; relationships: Obj[] };
    doc.chronology[0]!.date = 'not a date'; // refused by its own parse
    doc.chronology[2]!.sourceAgencyId = 'no-such-agency'; // kept without the reference, reported after parsing
    doc.relationships[0]!.kind = 'nonsense'; // refused
    const self = doc.relationships[3]!;
    if (self.kind === 'parent') self.parentId = self.childId;
    else self.b = self.a; // a relationship with oneself: a rule across records, checked after parsing
    const { value, issues } = parseCaseBundle(doc);
    expect(issueOf(issues, doc.chronology[0]!.id as string, 'date')?.location).to.equal('chronology[0]');
    expect(issueOf(issues, doc.chronology[2]!.id as string, 'sourceAgencyId')?.location).to.equal('chronology[2]');
    expect(value.chronology!.map((e) => e.id)).to.include(doc.chronology[2]!.id);
    const rule = issues.find((i) => i.id === self.id && i.message.includes('two different people'));
    expect(rule?.location).to.equal('relationships[3]');
  });

  it('a later parse names its own places, not those of the one before', () => {
    const first = structuredClone(sampleCase) as unknown as { chronology: Obj[] };
    first.chronology[5]!.sourceAgencyId = 'no-such-agency';
    parseCaseBundle(first);
    const second = structuredClone(sampleCase) as unknown as { chronology: Obj[] };
    const moved = second.chronology.splice(5, 1)[0]!;
    second.chronology.push(moved);
    moved.sourceAgencyId = 'no-such-agency';
    const { issues } = parseCaseBundle(second);
    expect(issueOf(issues, moved.id as string, 'sourceAgencyId')?.location).to.equal(`chronology[${second.chronology.length - 1}]`);
  });

  it('on a team board too: a debrief discussing a missing blockage', () => {
    const doc = structuredClone(sampleBoard) as unknown as { debriefs: Obj[] };
    expect(doc.debriefs.length, 'the sample board has debriefs').to.be.greaterThan(1);
    const last = doc.debriefs.length - 1;
    doc.debriefs[last]!.discussedIds = ['no-such-blockage'];
    const { issues } = parseTeamBoard(doc);
    expect(issueOf(issues, doc.debriefs[last]!.id as string, 'discussedIds[0]')?.location).to.equal(`debriefs[${last}]`);
  });
});
