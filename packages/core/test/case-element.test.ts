import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  coreMessages,
  makeChange,
  today,
  type CwChangeDetail,
  type CwInvalidDetail,
  type CwSelectDetail,
  type Person,
} from '../src/index.js';
import './case-element-consumer.js';
import type { CwTestConsumer } from './case-element-consumer.js';
import { deepFreeze, smallCase } from './store-fixtures.js';

describe('CaseElement without a provider', () => {
  it('renders from its own bundle property', async () => {
    const el = await fixture<CwTestConsumer>(html`<cw-test-consumer .bundle=${smallCase()}></cw-test-consumer>`);
    expect(el.titles()).to.deep.equal(['Referral from school', 'Home visit', 'Strategy meeting']);
    expect(el.context).to.equal(undefined);
  });

  it('edits a working copy: the host object is untouched (deep-frozen) and cw-change is announced', async () => {
    const frozen = deepFreeze(smallCase());
    const el = await fixture<CwTestConsumer>(html`<cw-test-consumer editable actor="Dee" .bundle=${frozen}></cw-test-consumer>`);
    const e1 = frozen.chronology![0]!;
    const heard = oneEvent<CustomEvent<CwChangeDetail>>(el, 'cw-change');
    const result = el.edit(makeChange('ChronologyEntry', 'update', el.actorInUse, e1, { ...e1, title: 'Working copy' }));
    const ev = await heard;
    expect(ev.cancelable && ev.bubbles && ev.composed).to.equal(true);
    expect(ev.detail.change.actor).to.equal('Dee');
    const r = await result;
    expect(r.ok).to.equal(true);
    await el.updateComplete;
    expect(el.titles()[0]).to.equal('Working copy');
    expect(el.data.bundle.audit).to.have.length(1);
    expect(frozen.chronology![0]!.title).to.equal('Referral from school');
    // A second edit builds on the working copy; a stale one is a conflict.
    const second = await el.edit(
      makeChange('ChronologyEntry', 'update', 'Dee', { ...e1, title: 'Working copy' }, { ...e1, title: 'Second' }),
    );
    expect(second.ok).to.equal(true);
    const stale = await el.edit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Stale' }));
    expect(stale).to.include({ ok: false, reason: 'conflict' });
  });

  it('lets the host veto a change, leaving the data as it was', async () => {
    const el = await fixture<CwTestConsumer>(html`<cw-test-consumer editable .bundle=${smallCase()}></cw-test-consumer>`);
    el.addEventListener('cw-change', (e) => e.preventDefault());
    const e1 = smallCase().chronology![0]!;
    const r = await el.edit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Vetoed' }));
    expect(r).to.include({ ok: false, reason: 'vetoed' });
    await el.updateComplete;
    expect(el.titles()[0]).to.equal('Referral from school');
  });

  it('starts again from a new bundle when the host sets one', async () => {
    const el = await fixture<CwTestConsumer>(html`<cw-test-consumer .bundle=${smallCase()}></cw-test-consumer>`);
    const e1 = smallCase().chronology![0]!;
    await el.edit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Local edit' }));
    const next = smallCase();
    next.chronology = next.chronology!.slice(0, 1);
    el.bundle = next;
    await el.updateComplete;
    expect(el.titles()).to.deep.equal(['Referral from school']);
  });

  it('fires cw-invalid once per input and shows the error summary above the valid rest', async () => {
    const bad = smallCase();
    bad.people!.push({ id: 'p-bad', gender: 'x' } as unknown as Person);
    const el = document.createElement('cw-test-consumer');
    const heard = oneEvent<CustomEvent<CwInvalidDetail>>(el, 'cw-invalid');
    let count = 0;
    el.addEventListener('cw-invalid', () => count++);
    el.bundle = bad;
    const container = await fixture(html`<div></div>`);
    container.append(el);
    const ev = await heard;
    expect(ev.detail.issues[0]).to.include({ entity: 'Person', id: 'p-bad', path: 'gender' });
    el.requestUpdate();
    await el.updateComplete;
    expect(count).to.equal(1);
    expect(el.titles()).to.have.length(3);
    const summary = el.shadowRoot!.querySelector('cw-error-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.contain('Person "p-bad"');
  });

  it('keeps its own selection and announces it', async () => {
    const el = await fixture<CwTestConsumer>(html`<cw-test-consumer .bundle=${smallCase()}></cw-test-consumer>`);
    const heard = oneEvent<CustomEvent<CwSelectDetail>>(el, 'cw-select');
    el.pick({ kind: 'person', id: 'p-child' });
    expect((await heard).detail.selection).to.deep.equal({ kind: 'person', id: 'p-child' });
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ kind: 'person', id: 'p-child' });
    expect(el.shadowRoot!.querySelector('.selected')!.textContent).to.equal('person:p-child');
  });

  it('does not crash on odd input (null, a list, the wrong version), reporting it', async () => {
    for (const odd of [null, [1, 2], { schema: 'opencasework/case-bundle@9' }, 'text']) {
      const el = await fixture<CwTestConsumer>(html`<cw-test-consumer .bundle=${odd}></cw-test-consumer>`);
      expect(el.titles()).to.deep.equal([]);
      expect(el.data.issues.length).to.be.greaterThan(0);
      expect(el.data.issues[0]!.entity).to.equal('CaseBundle');
    }
  });

  it('is accessible (axe)', async () => {
    const el = await fixture<CwTestConsumer>(html`<cw-test-consumer .bundle=${smallCase()}></cw-test-consumer>`);
    await expect(el).to.be.accessible();
  });
});

describe('CaseElement: time zone and language', () => {
  it('counts today in its time zone (Europe/London unless the time-zone attribute says otherwise)', async () => {
    const el = await fixture<CwTestConsumer>(html`<cw-test-consumer></cw-test-consumer>`);
    expect(el.timeZone).to.equal('Europe/London');
    expect(el.day()).to.equal(today('Europe/London'));
    const nz = await fixture<CwTestConsumer>(html`<cw-test-consumer time-zone="Pacific/Auckland"></cw-test-consumer>`);
    expect(nz.timeZone).to.equal('Pacific/Auckland');
    expect(nz.day()).to.equal(today('Pacific/Auckland'));
  });

  it('says a vetoed change was not accepted in Welsh under lang="cy" (one core message)', async () => {
    const wrap = await fixture(html`<div lang="cy"><cw-test-consumer editable></cw-test-consumer></div>`);
    const el = wrap.querySelector('cw-test-consumer')!;
    el.bundle = smallCase();
    await el.updateComplete;
    expect(el.locale).to.equal('cy');
    el.addEventListener('cw-change', (e) => e.preventDefault());
    const e1 = smallCase().chronology![0]!;
    const r = await el.edit(makeChange('ChronologyEntry', 'update', 'Dee', e1, { ...e1, title: 'Na' }));
    expect(r).to.deep.equal({ ok: false, reason: 'vetoed', message: coreMessages.t('cy', 'change.vetoed') });
    expect(r.ok ? '' : r.message).to.contain('Ni chafodd y newid');
  });
});
