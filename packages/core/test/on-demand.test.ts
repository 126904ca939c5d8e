import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { onDemand } from '../src/on-demand.js';
import { OnDemandPart } from '../src/on-demand-part.js';
import { countingHost } from './counting-host.js';

describe('onDemand', () => {
  it('loads once, on first need, and gives the module after', async () => {
    let calls = 0;
    const helper = onDemand(() => {
      calls++;
      return Promise.resolve({ answer: 42 });
    });
    expect(calls).to.equal(0);
    expect(helper.loaded).to.equal(false);
    expect(helper.pending).to.equal(undefined);
    expect(helper.get()).to.equal(undefined); // starts the load: render the pending state
    expect(calls).to.equal(1);
    expect(helper.pending).to.be.instanceOf(Promise);
    const m = await helper.load();
    expect(m.answer).to.equal(42);
    expect(helper.get()).to.equal(m);
    expect(helper.loaded).to.equal(true);
    expect(helper.pending).to.equal(undefined);
    expect(calls).to.equal(1);
  });

  it('lets a failed load be tried again', async () => {
    let calls = 0;
    const helper = onDemand(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ ok: true })));
    let failed = '';
    await helper.load().catch((e: Error) => (failed = e.message));
    expect(failed).to.equal('offline');
    expect(helper.loaded).to.equal(false);
    expect(helper.pending).to.equal(undefined);
    expect((await helper.load()).ok).to.equal(true);
    expect(calls).to.equal(2);
  });
});

describe('OnDemandPart', () => {
  /** A host that counts its re-renders, and a load the test settles by hand. */
  const setup = () => {
    const host = countingHost();
    let settle!: { resolve: (m: { view: string }) => void; reject: (e: Error) => void };
    const code = onDemand(() => new Promise<{ view: string }>((resolve, reject) => (settle = { resolve, reject })));
    return { host, code, part: new OnDemandPart(host, code), settle: () => settle };
  };
  const text = { loading: 'Loading the part…', failed: 'The part could not be loaded.' };
  const shown = async (t: ReturnType<OnDemandPart<unknown>['pendingView']>) => {
    const box = document.createElement('div');
    render(t, box);
    return box.firstElementChild as HTMLElement;
  };

  it('shows a busy status while loading, re-renders its host once loaded, and its after() waits for the load', async () => {
    const { host, part, settle } = setup();
    expect(part.module).to.equal(undefined);
    const box = await shown(part.pendingView(text, 'part-pending', 'part'));
    expect(box.className).to.equal('part-pending');
    expect(box.getAttribute('part')).to.equal('part');
    expect(box.getAttribute('aria-busy')).to.equal('true');
    expect(box.querySelector('[role="status"]')!.textContent).to.equal(text.loading);
    expect(part.loading).to.equal(true);
    let updates = 0;
    const done = part.after(() => Promise.resolve(++updates > 0));
    await Promise.resolve();
    expect(updates).to.equal(1); // the host's own update; then it waits for the load
    settle().resolve({ view: 'drawn' });
    await done;
    expect(updates).to.equal(2); // and the update the load asked for
    expect(host.updates).to.equal(1);
    expect(part.module?.view).to.equal('drawn');
    expect(part.loading).to.equal(false);
  });

  it('shows an alert, not busy, when the code could not be loaded; after() still settles', async () => {
    const { host, part, settle } = setup();
    const need = part.need();
    const done = part.after(() => Promise.resolve(true));
    settle().reject(new Error('offline'));
    await need;
    expect(await done).to.equal(true);
    expect(part.failed).to.equal(true);
    expect(host.updates).to.equal(1);
    const box = await shown(part.pendingView(text, 'part-pending'));
    expect(box.hasAttribute('part')).to.equal(false);
    expect(box.getAttribute('aria-busy')).to.equal('false');
    expect(box.querySelector('[role="alert"]')!.textContent.trim()).to.equal(text.failed);
    expect(box.querySelector('[role="status"]')).to.equal(null);
    expect(part.loading).to.equal(false); // the failed view does not start the load again
  });

  it('prefetch() loads ahead without holding the host: nothing waits and a failure is quiet', async () => {
    const { host, part, code, settle } = setup();
    part.prefetch();
    expect(part.loading).to.equal(false);
    let updates = 0;
    await part.after(() => Promise.resolve(++updates > 0));
    expect(updates).to.equal(1);
    settle().resolve({ view: 'ready' });
    await code.load();
    expect(part.module?.view).to.equal('ready');
    expect(host.updates).to.equal(0);
  });
});
