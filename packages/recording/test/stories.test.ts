import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { axeViolations } from '../../../test/support/axe.js';
import meta, * as stories from '../stories/quick-note.stories.js';
import { until } from './fixtures.js';

// The stories as the accessibility sweep renders them: each shows the note, in its language, with no axe violations.
describe('<cw-quick-note> stories', function () {
  this.timeout(30000);
  for (const [name, heading] of [
    ['RecordAVisit', 'Record a visit or conversation'],
    ['Welsh', 'Cofnodi ymweliad neu sgwrs'],
  ] as const) {
    it(name, async () => {
      const container = document.createElement('div');
      document.body.append(container);
      try {
        const story = stories[name];
        const args = { ...meta.args, ...story.args } as any;
        render((story.render ?? meta.render)!(args, { args } as any), container);
        const note = () => container.querySelector('cw-quick-note')?.shadowRoot?.querySelector('h2');
        await until(() => note()?.textContent === heading);
        expect(await axeViolations(container)).to.deep.equal([]);
      } finally {
        container.remove();
      }
    });
  }
});
