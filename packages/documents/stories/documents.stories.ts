import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { CaseStore } from '@opencasework/core';
import '@opencasework/core/define';
import '@opencasework/chronology/define';
import '../src/define.js';
import { evansStore } from '../test/evans.js';

interface Args {
  audience: 'practitioner' | 'redacted' | 'anonymised';
  view: 'time' | 'person' | 'kind';
  withChronology: boolean;
}

/**
 * `<cw-documents>`: the Evans case's documents, with the ones that go wrong in practice: a restricted police
 * disclosure, a note on a restricted entry, a report naming an entry that no longer exists, a markup title, a
 * `javascript:` address (withheld by the parser), a 0-byte file and a file the store no longer has. Files are kept
 * by a MemoryCaseStore. With the chronology, an entry's documents open here.
 */
/** The case and its files go into a memory store (the files are made on the page: a picture drawn on a canvas, a PDF, text). */
const withStore = (el: Element | undefined) => {
  if (el) void evansStore().then(({ store }) => ((el as HTMLElement & { store: CaseStore }).store = store));
};

const meta: Meta<Args> = {
  title: 'Components/Documents',
  component: 'cw-documents',
  tags: ['autodocs'],
  args: { audience: 'practitioner', view: 'time', withChronology: false },
  argTypes: {
    audience: { control: 'inline-radio', options: ['practitioner', 'redacted', 'anonymised'], description: 'Who it is for.' },
    view: { control: 'inline-radio', options: ['time', 'person', 'kind'], description: 'How the shelf is arranged.' },
    withChronology: { control: 'boolean', description: 'Shows the chronology above: its entries list their documents.' },
  },
  render: (args) => html`<cw-case case-id="evans-1" actor="Sam Patel" ${ref(withStore)}>
    ${args.withChronology ? html`<cw-chronology audience=${args.audience}></cw-chronology>` : ''}
    <cw-documents audience=${args.audience} view=${args.view}></cw-documents>
  </cw-case>`,
};
export default meta;
type Story = StoryObj<Args>;

export const ByDate: Story = {};
export const ByPerson: Story = { args: { view: 'person' } };
export const Redacted: Story = { args: { audience: 'redacted' } };
export const Anonymised: Story = { args: { audience: 'anonymised' } };
export const WithChronology: Story = { args: { withChronology: true } };
