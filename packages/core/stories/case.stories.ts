import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sampleCase } from '@opencasework/core/sample';
import '@opencasework/core/define';
import { defineStoryPeople } from './story-people.js';

defineStoryPeople();

interface Args {
  bundle: unknown;
  actor: string;
}

/** A small case with records a host system might get wrong: they are left out and reported; the rest shows. */
const invalidCase = {
  schema: 'opencasework/case-bundle@1',
  case: { id: 'case-invalid', title: 'Case with invalid records', subjectIds: ['p1'] },
  people: [
    { id: 'p1', givenName: 'Megan', familyName: 'Jones', gender: 'female', dateOfBirth: '2015-03' },
    { id: 'p2', givenName: 'Rhys', familyName: 'Jones', gender: 'male', dateOfBirth: '1989' },
    { id: 'p3', givenName: 'Unknown gender value', gender: 'x' },
    { id: 'p4', givenName: 'Bad date', gender: 'male', dateOfBirth: '31/02/2019' },
    { givenName: 'No id at all', gender: 'female' },
  ],
};

/** Writes what <cw-case> announced into the story's log (as text). */
const logEvent = (e: Event) => {
  const log = (e.currentTarget as Element).parentElement?.querySelector('.event-log');
  if (!log) return;
  const detail = (e as CustomEvent).detail as { issues?: unknown[]; selection?: { kind: string; id: string } | null };
  const line = document.createElement('li');
  line.textContent =
    e.type === 'cw-invalid'
      ? `cw-invalid: ${detail.issues?.length ?? 0} issue(s)`
      : `${e.type}: ${detail.selection ? `${detail.selection.kind} ${detail.selection.id}` : 'nothing'}`;
  log.append(line);
};

/**
 * `<cw-case>` holds one case and shares it, the actor and one selection with every component inside it. Here a
 * tiny consumer (`<cw-story-people>`, a CaseElement) lists the people of the case and selects one.
 */
const meta: Meta<Args> = {
  title: 'Core/Case provider',
  component: 'cw-case',
  tags: ['autodocs'],
  args: { bundle: sampleCase, actor: 'Sam Social Worker' },
  argTypes: {
    bundle: { control: false, description: 'A whole case bundle (opencasework/case-bundle@1).' },
    actor: { control: 'text' },
  },
  render: ({ bundle, actor }) => html`
    <cw-case .bundle=${bundle} actor=${actor} @cw-invalid=${logEvent} @cw-select=${logEvent}>
      <cw-story-people></cw-story-people>
    </cw-case>
    <h3>Events</h3>
    <ul class="event-log" aria-live="polite"></ul>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample case (the Evans–Hughes family: three generations, synthetic data). Select a person. */
export const SampleCase: Story = {};

/** Invalid records are left out and described; `cw-invalid` fires with the issues; the valid people still show. */
export const InvalidData: Story = { args: { bundle: invalidCase } };

/** Welsh: every component inside follows the nearest `lang`. */
export const Welsh: Story = {
  args: { bundle: invalidCase },
  render: (args, ctx) => html`<div lang="cy">${meta.render!(args, ctx)}</div>`,
};

/** An empty case: no people. */
export const EmptyCase: Story = {
  args: { bundle: { schema: 'opencasework/case-bundle@1', case: { id: 'empty', subjectIds: [] } } },
};
