// The store and the provider on the shipped sample data: the realistic case, the team board, a 900-entry
// generated case, and hostile input.
import { expect, fixture, html } from '@open-wc/testing';
import { hostileBundle, makeChronology, sampleBoard, sampleCase } from '@opencasework/core/sample';
import { IdbCaseStore, makeChange, parseCaseBundle, parseTeamBoard, type CaseBundle, type CwCase } from '../src/index.js';
import '../src/define.js';
import './case-element-consumer.js';
import { deleteDatabase, uniqueDbName, until } from './store-fixtures.js';

describe('IdbCaseStore and <cw-case> on the sample data', () => {
  const names: string[] = [];
  const stores: IdbCaseStore[] = [];
  const open = (label: string) => {
    const dbName = uniqueDbName(label);
    names.push(dbName);
    const s = new IdbCaseStore({ dbName });
    stores.push(s);
    return s;
  };
  afterEach(async () => {
    stores.splice(0).forEach((s) => s.close());
    for (const n of names.splice(0)) await deleteDatabase(n);
  });

  it('round-trips the sample case and team board exactly through a reload', async () => {
    const store = open('sample');
    const ref = { kind: 'case' as const, id: sampleCase.case.id };
    const boardRef = { kind: 'board' as const, id: sampleBoard.id };
    const stored = await store.replace(ref, sampleCase, 'import');
    expect(stored.issues).to.deep.equal([]);
    await store.replace(boardRef, sampleBoard, 'import');
    const again = new IdbCaseStore({ dbName: store.dbName });
    stores.push(again);
    const loaded = (await again.load(ref))!;
    expect(loaded.issues).to.deep.equal([]);
    expect(loaded.quarantined).to.deep.equal([]);
    expect(loaded.doc).to.deep.equal(parseCaseBundle(sampleCase).value);
    expect(loaded.doc.chronology!.length).to.be.greaterThan(300);
    expect((await again.load(boardRef))!.doc).to.deep.equal(parseTeamBoard(sampleBoard).value);
  });

  it('keeps hostile input as data: reported, never run, and the rest loads', async () => {
    const store = open('hostile');
    const bundle = hostileBundle();
    const ref = { kind: 'case' as const, id: bundle.case.id };
    const stored = await store.replace(ref, bundle, 'import');
    const loaded = (await store.load(ref))!;
    expect(loaded.doc).to.deep.equal(stored.doc);
    const el = await fixture<CwCase>(html`<cw-case><cw-test-consumer></cw-test-consumer></cw-case>`);
    el.store = store;
    el.caseId = ref.id;
    const consumer = el.querySelector('cw-test-consumer')!;
    await until(() => consumer.data.bundle.case.id === ref.id, 10_000, 'the hostile case to load');
    await consumer.updateComplete;
    expect(consumer.shadowRoot!.querySelector('img, script, iframe')).to.equal(null);
    expect((window as { __cwPwned?: unknown }).__cwPwned).to.equal(undefined);
    expect(consumer.data.issues.length).to.equal(stored.issues.length);
  });

  it('renders the sample case through <cw-case> and a store, accessibly', async () => {
    const store = open('sample-render');
    const ref = { kind: 'case' as const, id: sampleCase.case.id };
    await store.replace(ref, sampleCase, 'import');
    const el = await fixture<CwCase>(html`<cw-case actor="Sample worker"><cw-test-consumer></cw-test-consumer></cw-case>`);
    el.store = store;
    el.caseId = ref.id;
    const consumer = el.querySelector('cw-test-consumer')!;
    await until(() => consumer.titles().length === sampleCase.chronology!.length, 10_000, 'the sample to render');
    await expect(el).to.be.accessible();
    const first = el.value.chronology![0]!;
    const r = await consumer.edit(makeChange('ChronologyEntry', 'update', 'Sample worker', first, { ...first, significance: 'critical' }));
    expect(r.ok, JSON.stringify(r)).to.equal(true);
    expect((await store.load(ref))!.doc.chronology![0]!.significance).to.equal('critical');
  });

  it('loads the generated 900-entry case cold within the target (figure printed)', async function () {
    this.timeout(60000);
    const store = open('sample-900');
    const bundle: CaseBundle = makeChronology(900);
    const ref = { kind: 'case' as const, id: bundle.case.id };
    await store.replace(ref, bundle, 'import');
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const cold = new IdbCaseStore({ dbName: store.dbName });
      const t0 = performance.now();
      const loaded = await cold.load(ref);
      times.push(performance.now() - t0);
      cold.close();
      expect(loaded!.doc.chronology!.length).to.equal(bundle.chronology!.length);
    }
    const median = [...times].sort((a, b) => a - b)[3]!;
    const ua = navigator.userAgent;
    const engine = /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chromium' : 'WebKit';
    console.log(
      `[store figures, ${engine}] cold load of makeChronology(900) (${bundle.chronology!.length} entries, ${bundle.people?.length ?? 0} people): median ${median.toFixed(1)} ms (runs: ${times.map((t) => t.toFixed(1)).join(', ')})`,
    );
    expect(median).to.be.below(1000);
  });
});
