// The reference workspace on core's building blocks: Welsh loaded when chosen, announcements through the
// Announcer's regions, the case file printed through a PrintController.
import { expect, waitUntil } from '@open-wc/testing';
import type { WsApp } from '../packages/workspace/src/workspace-app.js';

describe('reference workspace', function () {
  this.timeout(120_000);
  let frame: HTMLIFrameElement;
  let doc: Document;
  let win: Window & typeof globalThis;

  async function open(hash: string): Promise<void> {
    frame = document.createElement('iframe');
    frame.src = `/index.html${hash}`;
    frame.style.width = '1024px';
    frame.style.height = '700px';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    doc = frame.contentDocument!;
    win = frame.contentWindow as Window & typeof globalThis;
    await waitUntil(() => doc.querySelector<WsApp>('ws-app')?.store, 'the workspace has its store', { timeout: 60_000 });
  }

  beforeEach(() => localStorage.removeItem('opencasework-workspace-lang'));
  afterEach(() => {
    frame.remove();
    localStorage.removeItem('opencasework-workspace-lang');
  });

  it('switches to Welsh (loaded on demand) and back, the page chrome and the pages together', async () => {
    await open('#/team');
    const h1 = () => doc.querySelector('ws-app h1')?.textContent?.trim();
    expect(h1()).to.equal('Team board');
    const sw = doc.getElementById('lang-switch')!;
    expect(sw.textContent).to.equal('Cymraeg');
    sw.click();
    await waitUntil(() => h1() === 'Bwrdd y tîm', 'Welsh heading', { timeout: 10_000 });
    expect(doc.documentElement.lang).to.equal('cy');
    expect(sw.textContent).to.equal('English');
    expect(sw.getAttribute('lang')).to.equal('en');
    expect(doc.querySelector('[data-route="team"]')!.textContent).to.equal('Bwrdd y tîm');
    sw.click();
    await waitUntil(() => h1() === 'Team board', 'English heading again', { timeout: 10_000 });
  });

  it('prints the case file through the browser print dialogue, dated today in the page language', async () => {
    await open('#/print');
    let printed = 0;
    win.print = () => {
      printed++;
    };
    expect(doc.querySelector('ws-app .ws-lede')!.textContent).to.match(/Printed \d{1,2} [A-Z][a-z]+ \d{4}/);
    doc.querySelector<HTMLButtonElement>('ws-app .ws-noprint button')!.click();
    await waitUntil(() => printed === 1, 'window.print called', { timeout: 10_000 });
  });

  it('heads each part of the case file once (the chronology and the team around the family head themselves)', async () => {
    await open('#/print');
    const parts = ['cw-chronology', 'cw-genogram', 'cw-family-network', 'cw-safety-plan'];
    await waitUntil(() => parts.every((t) => doc.querySelector(t)?.shadowRoot?.querySelector('h2, svg')), 'the parts', { timeout: 20_000 });
    // Every h2 a reader sees, in the page and in the parts' shadow roots, in order.
    const shown = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('h2')].filter((h) => h.getClientRects().length > 0);
    const headings = [...shown(doc.querySelector('ws-app')!), ...parts.flatMap((t) => shown(doc.querySelector(t)!.shadowRoot!))].map((h) =>
      h.textContent.trim(),
    );
    // A review found "Chronology" twice at the top of the case file, and "Team around the family" twice.
    for (const name of ['Chronology', 'Team around the family'])
      expect(
        headings.filter((h) => h === name),
        headings.join(' | '),
      ).to.have.length(1);
    expect(headings).to.include.members(['Family (genogram)', 'Safety plan']);
  });

  it('announces a reset in a live region that existed before its text', async () => {
    await open('#/case');
    const polite = doc.querySelector('ws-app [data-announcer="polite"]')!;
    expect(polite.getAttribute('role')).to.equal('status');
    win.confirm = () => true;
    doc.getElementById('reset')!.click();
    await waitUntil(() => polite.textContent === 'The sample data has been reset.', 'reset announced', { timeout: 20_000 });
    expect(doc.querySelector('ws-app [data-announcer="polite"]')).to.equal(polite);
  });
});
