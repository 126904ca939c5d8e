import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as stories from '../stories/genogram.stories.js';
import type { CwGenogram } from '../src/genogram.js';

type StoryLike = { args?: Record<string, unknown>; render?: (args: Record<string, unknown>) => TemplateResult };
const meta = stories.default as unknown as StoryLike;

async function renderStory(name: string): Promise<CwGenogram> {
  const story = (stories as unknown as Record<string, StoryLike>)[name]!;
  const args = { ...meta.args, ...story.args };
  const render = story.render ?? meta.render!;
  const wrap = await fixture(render(args));
  const el = (wrap.tagName === 'CW-GENOGRAM' ? wrap : wrap.querySelector('cw-genogram')) as CwGenogram;
  await el.updateComplete;
  return el;
}

describe('genogram stories', () => {
  for (const name of ['NotationPeople', 'NotationPartnerships', 'NotationChildren', 'NotationEmotionalAndHouseholds']) {
    it(`${name} draws without issues and passes axe`, async () => {
      const el = await renderStory(name);
      const summary = el.shadowRoot!.querySelector('cw-error-summary') as HTMLElement & { issues: unknown[] };
      expect(summary.issues).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('g.person').length).to.be.greaterThan(5);
      await expect(el).to.be.accessible();
    });
  }

  it('NotationChildren draws every kind of child line and both kinds of twins', async () => {
    const el = await renderStory('NotationChildren');
    for (const t of ['adoptive', 'foster', 'step', 'kinship', 'special-guardian', 'unknown'])
      expect(el.shadowRoot!.querySelector(`polyline.ct-${t}`), t).to.exist;
    const legend = [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) => li.getAttribute('data-legend'));
    expect(legend).to.include.members(['twins-identical', 'twins-fraternal', 'disputed']);
  });

  it('NotationPartnerships draws every status', async () => {
    const el = await renderStory('NotationPartnerships');
    for (const s of ['married', 'civil-partnership', 'cohabiting', 'engaged', 'dating', 'separated', 'divorced', 'widowed'])
      expect(el.shadowRoot!.querySelector(`polyline.st-${s}`), s).to.exist;
  });

  it('InvalidData lists the bad records and still draws the family', async () => {
    const el = await renderStory('InvalidData');
    const summary = el.shadowRoot!.querySelector('cw-error-summary') as HTMLElement & { issues: { id: string | null }[] };
    expect(summary.issues.map((i) => i.id)).to.include.members(['bad-person', 'dangling']);
    expect(el.shadowRoot!.querySelectorAll('g.person').length).to.be.greaterThan(30);
  });
});
