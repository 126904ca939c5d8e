import { expect } from '@open-wc/testing';
import { buildNetworkModel } from '../src/network-model.js';
import { notInContactFor, servicesForAge, universalServicePrompts, whoIsLead, whoWorksWith } from '../src/questions.js';
import { riversFamily, TODAY } from './fixtures.js';

describe('questions', () => {
  it('who works with Jay?', () => {
    const m = buildNetworkModel(riversFamily(), { today: TODAY });
    expect(whoWorksWith(m, 'jay')).to.deep.equal({ professionals: ['sw', 'gpdoc', 'teacher'], supports: [] });
    expect(whoWorksWith(m, 'ann')).to.deep.equal({ professionals: ['sw', 'gpdoc', 'dv'], supports: ['neighbour'] });
    expect(whoWorksWith(m, 'nobody')).to.deep.equal({ professionals: [], supports: [] });
  });

  it('who is the lead? (an ended lead is not the lead)', () => {
    const b = riversFamily();
    expect(whoIsLead(buildNetworkModel(b, { today: TODAY }))!.id).to.equal('sw');
    b.involvements!.find((i) => i.id === 'i-sw')!.to = '2025-01';
    expect(whoIsLead(buildNetworkModel(b, { today: TODAY, showEnded: true }))).to.equal(null);
  });

  it('who has not been in contact for N weeks (partial dates count from their last day)?', () => {
    const m = buildNetworkModel(riversFamily(), { today: TODAY });
    const r6 = notInContactFor(m, 6);
    expect(r6.stale).to.deep.equal([{ professionalId: 'teacher', lastContact: '2025-03-01', weeks: 13 }]);
    expect(r6.noDate).to.deep.equal(['gpdoc']);
    const r4 = notInContactFor(m, 4);
    expect(r4.stale.map((s) => s.professionalId)).to.deep.equal(['teacher', 'dv']);
    expect(notInContactFor(m, 0).stale.map((s) => s.professionalId)).to.deep.equal(['teacher', 'dv', 'sw']);
    // A later "today" moves everyone out of touch.
    expect(notInContactFor(m, 6, '2026-01-01').stale.map((s) => s.professionalId)).to.deep.equal(['teacher', 'dv', 'sw']);
  });

  it('which children have no universal service recorded, by age band', () => {
    expect(servicesForAge(2)).to.deep.equal(['health-visitor', 'gp']);
    expect(servicesForAge(5)).to.deep.equal(['school', 'gp']);
    expect(servicesForAge(16)).to.deep.equal(['school', 'gp']);
    expect(servicesForAge(17)).to.deep.equal(['gp']);
    const b = riversFamily();
    const m = buildNetworkModel(b, { today: TODAY });
    // Jay (7) has school and GP; Mo (2) has a GP but no health visitor; adults are not asked about.
    expect(universalServicePrompts(b, m)).to.deep.equal([{ personId: 'mo', name: 'Mo Rivers', age: 2, notRecorded: ['health-visitor'] }]);
    b.involvements = b.involvements!.filter((i) => i.id !== 'i-teacher' && i.id !== 'i-gp');
    b.professionals!.push({ id: 'hv', name: 'Hal', role: 'Health Visitor', agencyId: 'gp' });
    b.involvements.push({ id: 'i-hv', professionalId: 'hv', personIds: ['mo'] });
    const m2 = buildNetworkModel(b, { today: TODAY });
    expect(universalServicePrompts(b, m2)).to.deep.equal([
      { personId: 'jay', name: 'Jay Rivers', age: 7, notRecorded: ['school', 'gp'] },
      { personId: 'mo', name: 'Mo Rivers', age: 2, notRecorded: ['gp'] },
    ]);
  });

  it('an ended involvement does not count as a service, and a child without a date of birth is a prompt of its own', () => {
    const b = riversFamily();
    b.involvements!.find((i) => i.id === 'i-teacher')!.to = '2024-07';
    delete b.people!.find((p) => p.id === 'mo')!.dateOfBirth;
    const m = buildNetworkModel(b, { today: TODAY });
    expect(universalServicePrompts(b, m)).to.deep.equal([
      { personId: 'jay', name: 'Jay Rivers', age: 7, notRecorded: ['school'] },
      { personId: 'mo', name: 'Mo Rivers', age: null, notRecorded: [] },
    ]);
  });
});
