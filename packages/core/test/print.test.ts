import { expect, fixture, html as fhtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { PrintController, printWhole } from '../src/index.js';

class TestPrint extends LitElement {
  log: string[] = [];
  readonly printer = new PrintController(this, { prepare: (m) => this.log.push(`prepare:${m}`), restore: () => this.log.push('restore') });
  override render() {
    return this.printer.printing ? html`<p class="print">all rows (${this.printer.mode})</p>` : html`<p class="screen">some rows</p>`;
  }
}
customElements.define('test-print-host', TestPrint);

describe('PrintController', () => {
  const realPrint = Object.getOwnPropertyDescriptor(window, 'print');
  afterEach(() => {
    if (realPrint) Object.defineProperty(window, 'print', realPrint);
    else delete (window as { print?: unknown }).print;
  });

  it('renders the print content before window.print() and restores after', async () => {
    const el = await fixture<TestPrint>(fhtml`<test-print-host></test-print-host>`);
    const seen: Array<{ printing: boolean; mode: string; text: string }> = [];
    window.print = () => {
      seen.push({ printing: el.printer.printing, mode: el.printer.mode, text: (el.shadowRoot!.textContent ?? '').trim() });
    };
    await el.printer.print('family');
    expect(seen).to.deep.equal([{ printing: true, mode: 'family', text: 'all rows (family)' }]);
    expect(el.printer.printing).to.equal(false);
    expect(el.printer.mode).to.equal('default');
    expect(el.log).to.deep.equal(['prepare:family', 'restore']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.screen')).to.not.equal(null);
  });

  it('restores even when window.print() throws', async () => {
    const el = await fixture<TestPrint>(fhtml`<test-print-host></test-print-host>`);
    window.print = () => {
      throw new Error('no printer');
    };
    let error: unknown;
    await el.printer.print().catch((e) => {
      error = e;
    });
    expect((error as Error).message).to.equal('no printer');
    expect(el.printer.printing).to.equal(false);
    expect(el.log).to.deep.equal(['prepare:default', 'restore']);
  });

  it('printing from the browser menu (beforeprint/afterprint) gets the same content, rendered at once', async () => {
    const el = await fixture<TestPrint>(fhtml`<test-print-host></test-print-host>`);
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.printer.printing).to.equal(true);
    expect(el.shadowRoot!.querySelector('.print')?.textContent).to.equal('all rows (default)'); // synchronously
    window.dispatchEvent(new Event('afterprint'));
    expect(el.printer.printing).to.equal(false);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.screen')).to.not.equal(null);
    expect(el.log).to.deep.equal(['prepare:default', 'restore']);
  });

  it('the browser events fired inside print() do not change its mode or end it early', async () => {
    const el = await fixture<TestPrint>(fhtml`<test-print-host></test-print-host>`);
    const seen: string[] = [];
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      seen.push(el.printer.mode);
      window.dispatchEvent(new Event('afterprint'));
      seen.push(String(el.printer.printing));
    };
    await el.printer.print('sheet');
    expect(seen).to.deep.equal(['sheet', 'true']);
    expect(el.printer.printing).to.equal(false);
  });

  it('stops listening when disconnected', async () => {
    const el = await fixture<TestPrint>(fhtml`<test-print-host></test-print-host>`);
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.printer.printing).to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
  });
});

describe('printWhole', () => {
  it('fits the drawing to print, runs the host’s own steps, and gives the reader’s view back after', () => {
    const log: string[] = [];
    let view: string | null = 'zoomed on Jay';
    const drawing = {
      save: () => (log.push('save'), view),
      fit: () => (log.push('fit'), (view = null)),
      restore: (v: string | null) => (log.push(`restore:${v}`), (view = v)),
    };
    const options = printWhole(drawing, { prepare: (m) => log.push(`prepare:${m}`), restore: () => log.push('own restore') });
    options.prepare!('sheet');
    expect(view).to.equal(null);
    options.restore!();
    expect(view).to.equal('zoomed on Jay');
    expect(log).to.deep.equal(['save', 'fit', 'prepare:sheet', 'own restore', 'restore:zoomed on Jay']);
    // A restore without a print before it changes nothing.
    options.restore!();
    expect(log.at(-1)).to.equal('own restore');
  });
});
