import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { onDemand } from '../src/on-demand.js';
import { OnDemandForm } from '../src/on-demand-form.js';
import { countingHost } from './counting-host.js';

/** A form controller as a form's module would export it: it records what it was opened on and whether it was closed. */
class Form {
  static made = 0;
  opened: string[] = [];
  closed = 0;
  constructor(readonly host: object) {
    Form.made++;
  }
  open(id: string) {
    this.opened.push(id);
  }
  close() {
    this.closed++;
  }
}
type Module = { Form: typeof Form };

describe('OnDemandForm', () => {
  /** A host that counts its re-renders, a form module whose load the test settles by hand, and the form in between. */
  const setup = () => {
    Form.made = 0;
    const host = countingHost();
    let loads = 0;
    let texts = 0;
    let settle!: { resolve: (m: Module) => void; reject: (e: Error) => void };
    const code = onDemand(() => {
      loads++;
      return new Promise<Module>((resolve, reject) => (settle = { resolve, reject }));
    });
    const slot = new OnDemandForm(host, code, {
      create: (m) => new m.Form(host),
      open: (form, id: string) => form.open(id),
      close: (form) => form.close(),
      text: () => (texts++, { loading: 'Loading the form…', failed: 'The form could not be loaded.' }),
      className: 'x-pending',
      part: 'form',
    });
    return {
      host,
      code,
      slot,
      settle: () => settle,
      loads: () => loads,
      texts: () => texts,
      /** The slot's view, the form drawn as `form opened on …`. */
      shown: () => {
        const t = slot.view((f) => `form opened on ${f.opened.join(', ')}`);
        if (t === undefined || typeof t === 'string') return t;
        const box = document.createElement('div');
        render(t, box);
        return box.firstElementChild as HTMLElement;
      },
    };
  };
  const loaded = async (s: ReturnType<typeof setup>) => {
    s.settle().resolve({ Form });
    await s.code.load();
  };

  it('draws nothing and loads nothing while nothing is asked for (a read-only element never fetches the form)', async () => {
    const s = setup();
    expect(s.shown()).to.equal(undefined);
    expect(s.slot.form).to.equal(undefined);
    expect(s.slot.waiting).to.equal(false);
    expect(s.slot.asked).to.equal(undefined);
    s.slot.close();
    expect(await s.slot.after(() => Promise.resolve(true))).to.equal(true);
    expect(s.loads()).to.equal(0);
    expect(s.texts()).to.equal(0);
    expect(s.host.updates).to.equal(0);
  });

  it('asked for before its code: a busy "Loading the form…" in its place, then the form made once and opened as asked', async () => {
    const s = setup();
    s.slot.open('d-1');
    expect(s.loads()).to.equal(1);
    expect(s.host.updates).to.equal(1); // to draw the pending place
    expect(s.slot.waiting).to.equal(true);
    expect(s.slot.asked).to.equal('d-1');
    expect(s.slot.form).to.equal(undefined);
    const box = s.shown() as HTMLElement;
    expect(box.className).to.equal('x-pending');
    expect(box.getAttribute('part')).to.equal('form');
    expect(box.getAttribute('aria-busy')).to.equal('true');
    expect(box.querySelector('[role="status"]')!.textContent).to.equal('Loading the form…');
    expect(box.querySelector('[role="alert"]')).to.equal(null);
    // The host's updateComplete (after) waits for the load, then for the update it asked for.
    let updates = 0;
    const done = s.slot.after(() => Promise.resolve(++updates > 0));
    await Promise.resolve();
    expect(updates).to.equal(1);
    await loaded(s);
    await done;
    expect(updates).to.equal(2);
    expect(s.host.updates).to.equal(2);
    expect(Form.made).to.equal(0); // made when next needed: the host's render
    expect(s.shown()).to.equal('form opened on d-1');
    expect(s.shown()).to.equal('form opened on d-1'); // the ask replayed once only
    expect(Form.made).to.equal(1);
    expect(s.slot.waiting).to.equal(false);
    expect(s.slot.asked).to.equal(undefined);
    expect(s.loads()).to.equal(1);
    expect(s.texts()).to.equal(1); // the words read only while the pending place was drawn
  });

  it('asked for again once the code is here: straight to the same form, no pending place, no load', async () => {
    const s = setup();
    s.slot.open('d-1');
    await loaded(s);
    const form = s.slot.form!;
    expect(form.opened).to.deep.equal(['d-1']);
    const updates = s.host.updates;
    s.slot.open('d-2');
    expect(form.opened).to.deep.equal(['d-1', 'd-2']);
    expect(s.slot.form).to.equal(form);
    expect(Form.made).to.equal(1);
    expect(s.slot.waiting).to.equal(false);
    expect(s.host.updates).to.equal(updates); // the form asks for its own update when it opens
    expect(s.shown()).to.equal('form opened on d-1, d-2');
    expect(s.loads()).to.equal(1);
  });

  it('code that could not be loaded: an alert saying so, not busy, and the ask still shown as waiting', async () => {
    const s = setup();
    s.slot.open('d-1');
    const done = s.slot.after(() => Promise.resolve(true));
    s.settle().reject(new Error('offline'));
    expect(await done).to.equal(true);
    expect(s.host.updates).to.equal(2); // the ask, then the failure
    const box = s.shown() as HTMLElement;
    expect(box.className).to.equal('x-pending');
    expect(box.getAttribute('aria-busy')).to.equal('false');
    expect(box.querySelector('[role="alert"]')!.textContent.trim()).to.equal('The form could not be loaded.');
    expect(box.querySelector('[role="status"]')).to.equal(null);
    expect(s.slot.waiting).to.equal(true);
    expect(s.slot.asked).to.equal('d-1');
    expect(s.slot.form).to.equal(undefined);
    expect(Form.made).to.equal(0);
    expect(s.loads()).to.equal(1); // drawing the alert does not load again
  });

  it('closed before its code came: the ask is dropped and nothing opens when the code arrives; close() after closes the form', async () => {
    const s = setup();
    s.slot.open('d-1');
    s.slot.close();
    expect(s.slot.waiting).to.equal(false);
    expect(s.slot.asked).to.equal(undefined);
    expect(s.shown()).to.equal(undefined);
    await loaded(s);
    expect(s.shown()).to.equal('form opened on '); // made (its closed view), opened on nothing
    const form = s.slot.form!;
    expect(form.opened).to.deep.equal([]);
    expect(form.closed).to.equal(0); // closing before the form was made had nothing to close
    s.slot.open('d-2');
    s.slot.close();
    expect(form.opened).to.deep.equal(['d-2']);
    expect(form.closed).to.equal(1);
  });

  it('prefetch() loads ahead without an ask: nothing waits, nothing opens, and the first ask opens the form at once', async () => {
    const s = setup();
    s.slot.prefetch();
    expect(s.loads()).to.equal(1);
    expect(s.slot.waiting).to.equal(false);
    let updates = 0;
    await s.slot.after(() => Promise.resolve(++updates > 0));
    expect(updates).to.equal(1); // the host's update does not wait for a prefetch
    await loaded(s);
    expect(s.host.updates).to.equal(0);
    expect(s.shown()).to.equal('form opened on ');
    s.slot.open('d-1');
    expect(s.shown()).to.equal('form opened on d-1');
    expect(s.texts()).to.equal(0); // never "Loading the form…"
    expect(Form.made).to.equal(1);
  });
});
