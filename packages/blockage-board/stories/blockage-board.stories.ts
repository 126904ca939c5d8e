import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryCaseStore, type TeamBoard } from '@opencasework/core';
import { sampleBoard, sampleCase } from '@opencasework/core/sample';
import { namesFromPeople } from '../src/sensitive-text.js';
import '../src/define.js';

interface Args {
  editable: boolean;
  actor: string;
  view: 'board' | 'debrief' | 'measures';
}

const emptyBoard: TeamBoard = { schema: 'opencasework/team-board@1', id: 'empty', team: 'Assessment Team B', blockages: [], debriefs: [] };
/** Names from the sample case, so the sensitive-text check has something to find ("Visit to Kayleigh..." is flagged). */
const knownNames = namesFromPeople(sampleCase.people ?? []);

/**
 * `<cw-blockage-board>`: a team's board of what takes time away from work with children and families. Raise a
 * blockage in one step, say "me too", review the board in the weekly debrief one card at a time, move cards by
 * keyboard (Alt+arrows, or "Move to") or by drag and drop, and see end-to-end time as a run chart, never against a target.
 */
const meta: Meta<Args> = {
  title: 'Components/Blockage board',
  component: 'cw-blockage-board',
  tags: ['autodocs'],
  args: { editable: true, actor: 'Sam Worker', view: 'board' },
  argTypes: {
    editable: { control: 'boolean', description: 'Allows raising, moving and editing cards.' },
    actor: {
      control: 'text',
      description: 'Who is editing, for the audit trail. Cards stay anonymous unless the person chooses to show their name.',
    },
    view: { control: 'inline-radio', options: ['board', 'debrief', 'measures'] },
  },
  render: (args) =>
    html`<cw-blockage-board .board=${sampleBoard} .knownNames=${knownNames} ?editable=${args.editable} actor=${args.actor} view=${args.view}></cw-blockage-board>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A new team's board: only the raise form and five empty columns. */
export const EmptyBoard: Story = {
  render: (args) => html`<cw-blockage-board .board=${emptyBoard} ?editable=${args.editable} actor=${args.actor}></cw-blockage-board>`,
};

/** The sample team's board: 28 blockages over a year, 8 debriefs. Try raising "Mosaic keeps crashing" or a card naming Kayleigh. */
export const SampleBoard: Story = {};

/** Read-only, as a service manager's dashboard would embed it. */
export const ReadOnly: Story = { args: { editable: false } };

/** Debrief mode: what was raised or changed since the last debrief, one card at a time. */
export const Debrief: Story = { args: { view: 'debrief' } };

/** Measures: end-to-end time as a run chart (median line, no target), age of open blockages, hours by category. */
export const Measures: Story = { args: { view: 'measures' } };

/**
 * Two tabs on one store. The right-hand tab opened a card to edit it while the left-hand tab moved it: saving shows
 * both versions and lets the person keep theirs, keep mine or merge by editing. Nothing is overwritten silently.
 */
export const Conflict: Story = {
  parameters: {
    // The two tabs are staged side by side on one page only to show the conflict; in real use each board is in its
    // own tab, so its landmarks (raise, search, columns) are unique on its page.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
  render: (args) => {
    const store = new MemoryCaseStore();
    void store.replace({ kind: 'board', id: sampleBoard.id }, sampleBoard, 'story');
    return html`<div class="tabs">
      <h3>Tab 1 (Alex)</h3>
      <cw-blockage-board id="tab1" .store=${store} board-id=${sampleBoard.id} editable actor="Alex"></cw-blockage-board>
      <h3>Tab 2 (Bea)</h3>
      <cw-blockage-board id="tab2" .store=${store} board-id=${sampleBoard.id} ?editable=${args.editable} actor="Bea"></cw-blockage-board>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await wait(300);
    const [t1, t2] = [...canvasElement.querySelectorAll('cw-blockage-board')] as HTMLElement[];
    const first = t2!.shadowRoot!.querySelector<HTMLElement>('article.card[data-status="raised"], article.card[data-status="discussed"]');
    const id = first?.dataset.id;
    if (!id) return;
    const btn = (root: ShadowRoot, text: string, scope = '') =>
      [...root.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find((b) => b.textContent.trim().startsWith(text));
    btn(t2!.shadowRoot!, 'Edit', `article[data-id="${id}"]`)?.click();
    await wait(100);
    const title = t2!.shadowRoot!.querySelector<HTMLInputElement>('#edit-title')!;
    title.value = `${title.value} (and the workaround is slow)`;
    title.dispatchEvent(new Event('input'));
    btn(t1!.shadowRoot!, 'Edit', `article[data-id="${id}"]`)?.click();
    await wait(100);
    const owner = t1!.shadowRoot!.querySelector<HTMLInputElement>('#edit-owner')!;
    owner.value = 'Service manager';
    owner.dispatchEvent(new Event('input'));
    await wait(50);
    btn(t1!.shadowRoot!, 'Save changes')?.click();
    await wait(100);
    btn(t2!.shadowRoot!, 'Save changes')?.click();
  },
};

/** Cymraeg: every label, status, category, measure and message in Welsh. */
export const Welsh: Story = {
  render: (args) =>
    html`<div lang="cy"><cw-blockage-board .board=${sampleBoard} ?editable=${args.editable} actor=${args.actor}></cw-blockage-board></div>`,
};

/** Invalid cards are listed in the error summary; the valid rest of the board still works. */
export const InvalidData: Story = {
  render: (args) => {
    const bad = structuredClone(sampleBoard) as unknown as { blockages: unknown[] };
    bad.blockages.push(
      { id: 'bad-1', title: '', raisedAt: 'last Tuesday', category: 'gossip', status: 'raised' },
      {
        id: 'bad-2',
        title: 'Resolved before it was raised',
        raisedAt: '2025-03-01T09:00:00Z',
        resolvedAt: '2025-01-01T09:00:00Z',
        category: 'process',
        status: 'resolved',
      },
      'not a card at all',
    );
    return html`<cw-blockage-board .board=${bad} ?editable=${args.editable} actor=${args.actor}></cw-blockage-board>`;
  },
};
