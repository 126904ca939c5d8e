import { expect } from '@open-wc/testing';
import { findPatterns } from '../src/analysis/find-patterns.js';
import { groupEvents } from '../src/analysis/events.js';
import { evaluationCases } from './fixtures/index.js';

// The labelled evaluation set: each case's expected findings were written down before the code was run on it.
describe('evaluation set: findPatterns finds every planted pattern and nothing else', () => {
  for (const c of evaluationCases) {
    describe(`case ${c.name} (${c.bundle.chronology!.length} entries, ${c.bundle.agencies!.length} agencies)`, () => {
      const findings = findPatterns(c.bundle, { asAt: c.asAt });
      const describeFinding = (f: { kind: string; subjectIds: string[]; from: string; to: string; count?: number }) =>
        `${f.kind} [${[...f.subjectIds].sort().join(',')}] ${f.from}..${f.to} (${f.count})`;

      it('is realistic: hundreds of entries over years', () => {
        expect(c.bundle.chronology!.length).to.be.greaterThan(300);
      });

      for (const x of c.expected) {
        it(`finds ${describeFinding(x)}`, () => {
          const f = findings.find((y) => y.kind === x.kind && y.from === x.from && y.to === x.to);
          expect(f, `found: ${findings.map(describeFinding).join('; ')}`).to.not.equal(undefined);
          expect([...f!.subjectIds].sort()).to.deep.equal([...x.subjectIds].sort());
          expect(f!.count).to.equal(x.count);
          expect([...f!.entryIds].sort()).to.deep.equal([...x.entryIds].sort());
          for (const words of x.says ?? []) expect(f!.message).to.contain(words);
        });
      }

      it('finds nothing unexpected', () => {
        expect(findings.map(describeFinding).sort()).to.deep.equal(c.expected.map(describeFinding).sort());
      });

      it('ranks 1..n, deterministic, every prompt inside its window', () => {
        expect(findings.map((f) => f.rank)).to.deep.equal(findings.map((_, i) => i + 1));
        expect(findPatterns(c.bundle, { asAt: c.asAt })).to.deep.equal(findings);
        for (const f of findings) {
          const days = (Date.parse(f.to) - Date.parse(f.from)) / 86_400_000;
          if (f.kind !== 'drift') expect(days).to.be.at.most(365);
        }
      });

      it('merges the events recorded by several agencies, and keeps apart what is not one event', () => {
        const events = groupEvents(c.bundle);
        const eventOf = new Map(events.flatMap((e) => e.entryIds.map((id) => [id, e] as const)));
        for (const group of c.merged) expect([...eventOf.get(group[0]!)!.entryIds].sort()).to.deep.equal([...group].sort());
        for (const [a, b] of c.apart) expect(eventOf.get(a)!.id).to.not.equal(eventOf.get(b)!.id);
        expect(events.flatMap((e) => e.entryIds).sort()).to.deep.equal(c.bundle.chronology!.map((e) => e.id).sort());
      });
    });
  }
});
