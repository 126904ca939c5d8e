// The panel says which day its prompts are as at when the record stops before today: a gap between visits runs to
// the record's last day, not to today, and the reader must know it (the sample's last entry is 24 Sep 2025).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sampleCase } from '@opencasework/core/sample';
import '../src/define.js';
import type { CwChronology } from '../src/chronology.js';

async function opened(today: string, lang = 'en-GB'): Promise<CwChronology> {
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang}><cw-chronology .bundle=${sampleCase} today=${today}></cw-chronology></div>`,
  );
  const el = wrap.querySelector<CwChronology>('cw-chronology')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>('details.patterns summary')!.click();
  await waitUntil(() => el.shadowRoot!.querySelectorAll('.findings > li').length > 0, 'findings shown', { timeout: 20_000 });
  return el;
}
const note = (el: CwChronology) => el.shadowRoot!.querySelector('details.patterns .as-at')?.textContent ?? '';

describe('<cw-chronology>: the day the prompts are as at', function () {
  this.timeout(60_000);

  it('says it when the record stops before today, and not when it reaches today', async () => {
    expect(note(await opened('2026-12-05'))).to.equal('As at 24 September 2025, the last day in the record.');
    expect(note(await opened('2025-09-24'))).to.equal('');
  });

  it('in Welsh', async () => {
    const el = await opened('2026-12-05', 'cy');
    await waitUntil(() => note(el).startsWith('Fel'), 'Welsh', { timeout: 10_000 });
    expect(note(el)).to.equal('Fel yr oedd ar 24 Medi 2025, y diwrnod olaf yn y cofnod.');
  });
});
