import { expect, fixture } from '@open-wc/testing';
import { html, nothing, render } from 'lit';
import { field, type FieldOptions } from '../src/index.js';

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
});
