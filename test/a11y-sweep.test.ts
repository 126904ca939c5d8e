// Every story of every component, rendered and checked with axe-core using GOV.UK Frontend's rule tags.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { axeViolations, settled } from './support/axe.js';
// @ts-expect-error: a virtual module served by the test runner (test/support/stories-list.mjs)
import storyFiles from '/__stories-list.js';

type Args = Record<string, unknown>;
interface Story {
  args?: Args;
  render?: (args: Args, ctx: object) => unknown;
  name?: string;
  parameters?: StoryParameters;
}
/** Storybook's a11y addon parameters: a story may turn a rule off, with a comment in the story saying why. */
interface StoryParameters {
  a11y?: { config?: { rules?: { id: string; enabled: boolean }[] } };
}
interface Meta {
  title?: string;
  component?: string;
  args?: Args;
  render?: Story['render'];
  parameters?: StoryParameters;
}

const files = storyFiles as string[];
const modules = await Promise.all(files.map(async (f) => [f, (await import(f)) as Record<string, unknown>] as const));

describe('accessibility sweep: every story, axe-core with the WCAG 2.2 AA and best-practice tags', function () {
  this.timeout(120_000);
  it('finds the stories of every component', () => {
    const packages = new Set(files.map((f) => f.split('/')[2]));
    for (const p of ['core', 'chronology', 'genogram', 'safety-plan', 'blockage-board', 'family-network'])
      expect(packages, p).to.include(p);
  });

  for (const [file, mod] of modules) {
    const meta = (mod.default ?? {}) as Meta;
    const order = (mod.__namedExportsOrder as string[] | undefined) ?? Object.keys(mod).filter((k) => k !== 'default');
    for (const name of order) {
      const story = mod[name] as Story;
      if (!story || typeof story !== 'object') continue;
      it(`${meta.title ?? file} / ${story.name ?? name}`, async () => {
        const container = document.createElement('div');
        document.body.append(container);
        try {
          const args = { ...meta.args, ...story.args };
          const fn = story.render ?? meta.render;
          let content: unknown;
          if (fn) content = fn(args, { args, id: name, name, title: meta.title ?? '' });
          else if (meta.component) {
            const el = document.createElement(meta.component);
            Object.assign(el, args);
            content = el;
          }
          render(content, container);
          await settled(container);
          const off = [...(meta.parameters?.a11y?.config?.rules ?? []), ...(story.parameters?.a11y?.config?.rules ?? [])]
            .filter((r) => !r.enabled)
            .map((r) => r.id);
          expect(await axeViolations(container, off)).to.deep.equal([]);
        } finally {
          container.remove();
        }
      });
    }
  }
});
