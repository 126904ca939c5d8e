import { expect, fixture } from '@open-wc/testing';
import { adoptStyles, html, nothing, render } from 'lit';
import { baseStyles, field, fieldStyles, unbrokenDates, type FieldOptions } from '../src/index.js';

const input = ({ id, describedBy, invalid }: { id: string; describedBy: string | undefined; invalid: boolean }) =>
  html`<input id=${id} type="text" aria-describedby=${describedBy ?? nothing} aria-invalid=${invalid ? 'true' : nothing}>`;

async function group(o: Partial<FieldOptions>): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  render(field({ id: 'title', label: 'Title', errorPrefix: 'Error', control: input, ...o }), host);
  return host;
}

describe('field()', () => {
  it('a label for the control, and nothing to describe without hint or error', async () => {
    const host = await group({});
    const g = host.querySelector('.cw-form-group')!;
    expect(g.classList.contains('cw-form-group--error')).to.equal(false);
    const label = g.querySelector('label')!;
    expect(label.className).to.equal('cw-label');
    expect(label.htmlFor).to.equal('title');
    expect(label.textContent).to.equal('Title');
    const el = g.querySelector('input')!;
    expect(el.labels?.[0]).to.equal(label);
    expect(el.hasAttribute('aria-describedby')).to.equal(false);
    expect(el.hasAttribute('aria-invalid')).to.equal(false);
    expect(g.querySelector('.cw-hint, .cw-error-message')).to.equal(null);
  });

  it('a hint is described by its id', async () => {
    const host = await group({ hint: 'As the family would say it', labelClass: 'cw-label--s' });
    const hint = host.querySelector('.cw-hint')!;
    expect(hint.id).to.equal('title-hint');
    expect(hint.textContent).to.equal('As the family would say it');
    expect(host.querySelector('input')!.getAttribute('aria-describedby')).to.equal('title-hint');
    expect(host.querySelector('label')!.className).to.equal('cw-label cw-label--s');
  });

  it('an error: the group marked, the message with a visually hidden prefix, described by hint then error, aria-invalid', async () => {
    const host = await group({ hint: 'Hint', error: 'Enter a title' });
    const g = host.querySelector('.cw-form-group')!;
    expect(g.classList.contains('cw-form-group--error')).to.equal(true);
    const err = g.querySelector('.cw-error-message')!;
    expect(err.id).to.equal('title-error');
    const prefix = err.querySelector('.cw-visually-hidden')!;
    expect(prefix.textContent).to.equal('Error:');
    expect((err.textContent ?? '').replace(/\s+/g, ' ').trim()).to.equal('Error: Enter a title');
    const el = g.querySelector('input')!;
    expect(el.getAttribute('aria-describedby')).to.equal('title-hint title-error');
    expect(el.getAttribute('aria-invalid')).to.equal('true');
    // GOV.UK's order: label, hint, error, control.
    expect([...g.children].map((c) => c.className || c.tagName.toLowerCase())).to.deep.equal([
      'cw-label',
      'cw-hint',
      'cw-error-message',
      'input',
    ]);
  });

  it('the prefix is localised and gets one colon', async () => {
    const cy = await group({ error: 'Rhowch deitl', errorPrefix: 'Gwall' });
    expect(cy.querySelector('.cw-visually-hidden')!.textContent).to.equal('Gwall:');
    const already = await group({ error: 'Enter a title', errorPrefix: 'Error:' });
    expect(already.querySelector('.cw-visually-hidden')!.textContent).to.equal('Error:');
    const only = await group({ error: 'Enter a title' });
    expect(only.querySelector('input')!.getAttribute('aria-describedby')).to.equal('title-error');
  });

  it('renders typed text as text', async () => {
    const host = await group({ label: '<b>x</b>', hint: '<img src=x onerror=alert(1)>', error: '<script>bad()</script>' });
    expect(host.querySelector('b, img, script')).to.equal(null);
    expect(host.querySelector('.cw-hint')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  describe('dates in hints and errors stay on one line', () => {
    const HINT = 'A year, a year and month, or a full date, for example 2023, 2023-05 or 2023-05-14';
    const ERROR = 'Enter a date as YYYY, YYYY-MM or YYYY-MM-DD';

    /** The field in a shadow root with core's styles, as a component has it, in a box `width` px wide. */
    async function narrow(width: number): Promise<ShadowRoot> {
      const host = await fixture<HTMLElement>(html`<div style="width:${width}px"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      adoptStyles(root, [baseStyles, fieldStyles].flat(Infinity as 1));
      render(field({ id: 'date', label: 'Date', hint: HINT, error: ERROR, errorPrefix: 'Error', control: input }), root);
      return root;
    }

    /** The line boxes the text `what` takes inside `el` (a Range over it, across text nodes). */
    function lines(el: Element, what: string): number {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const all = nodes.map((n) => n.data).join('');
      const at = all.indexOf(what);
      expect(at, `"${what}" in "${all}"`).to.be.greaterThan(-1);
      const find = (offset: number): [Text, number] => {
        for (const n of nodes) {
          if (offset <= n.data.length) return [n, offset];
          offset -= n.data.length;
        }
        throw new Error('past the end');
      };
      const range = document.createRange();
      range.setStart(...find(at));
      range.setEnd(...find(at + what.length));
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      return tops.size;
    }

    it('a narrow box breaks the text between words, never inside "2023-05-14" or "YYYY-MM-DD"', async () => {
      // At 60 px every word has a line of its own: without the no-wrap spans the dates broke at their hyphens.
      const root = await narrow(60);
      const hint = root.querySelector('.cw-hint')!;
      const error = root.querySelector('.cw-error-message')!;
      expect(lines(hint, '2023-05-14')).to.equal(1);
      expect(lines(hint, '2023-05')).to.equal(1);
      expect(lines(error, 'YYYY-MM-DD')).to.equal(1);
      expect(lines(hint, 'for example')).to.be.greaterThan(1); // the box is narrow enough to break between words
    });

    it('the words are unchanged: what a reader copies is the date they can type', async () => {
      const root = await narrow(60);
      expect(root.querySelector('.cw-hint')!.textContent).to.equal(HINT);
      expect((root.querySelector('.cw-error-message')!.textContent ?? '').replace(/\s+/g, ' ').trim()).to.equal(`Error: ${ERROR}`);
      expect(unbrokenDates('No date here')).to.equal('No date here');
      expect(unbrokenDates('Phone 01234-567890, ref 12345-67')).to.equal('Phone 01234-567890, ref 12345-67');
    });
  });
});
