import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CaseBundle } from '@opencasework/core';
import { sampleCase, makeChronology } from '@opencasework/core/sample';
import '@opencasework/core/define';
import '../src/define.js';

interface Args {
  view: 'table' | 'timeline' | 'court';
  audience: 'practitioner' | 'redacted' | 'anonymised';
  lanes: 'agency' | 'child';
  editable: boolean;
  gapDays: number;
}

const tenThousand = makeChronology(10_000, 3);
const emptyCase: CaseBundle = { ...sampleCase, chronology: [] };
/** The sample case with three invalid entries (a bad date, an unknown category, a missing title) and one unknown person. */
const invalidCase = {
  ...sampleCase,
  chronology: [
    ...(sampleCase.chronology ?? []),
    { id: 'bad-date', date: '31/02/2021', title: 'Home visit', category: 'visit', significance: 'routine' },
    { id: 'bad-category', date: '2021-03-01', title: 'Gossip', category: 'rumour', significance: 'routine' },
    { id: 'no-title', date: '2021-03-02', category: 'visit', significance: 'routine' },
    {
      id: 'unknown-person',
      date: '2021-03-03',
      title: 'Visit to an unrecorded relative',
      category: 'visit',
      significance: 'routine',
      subjectIds: ['not-in-case'],
    },
  ],
};

/**
 * `<cw-chronology>`: the child's story over time, merged from every agency. A table with the columns practice
 * guidance asks for, a timeline with one lane per agency or child (zoom from decades to days; arrow keys move between
 * entries in date order), a numbered court chronology, filters and search, patterns to consider, and redacted and
 * anonymised versions. Export as CSV or plain text, or print.
 */
const meta: Meta<Args> = {
  title: 'Components/Chronology',
  component: 'cw-chronology',
  tags: ['autodocs'],
  args: { view: 'table', audience: 'practitioner', lanes: 'agency', editable: false, gapDays: 180 },
  argTypes: {
    view: { control: 'inline-radio', options: ['table', 'timeline', 'court'] },
    audience: { control: 'inline-radio', options: ['practitioner', 'redacted', 'anonymised'], description: 'Who it is rendered for.' },
    lanes: { control: 'inline-radio', options: ['agency', 'child'], description: 'Timeline lanes.' },
    editable: { control: 'boolean' },
    gapDays: { control: 'number', description: 'Days without any entry that count as a "no information" gap.' },
  },
  render: (args) => html`<cw-chronology .bundle=${sampleCase} view=${args.view} audience=${args.audience} lanes=${args.lanes}
    ?editable=${args.editable} gap-days=${args.gapDays} actor="Sophie Bennett"></cw-chronology>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The sample case (three generations, 300+ entries from eight or more agencies) as a table. */
export const SampleCase: Story = {};

/** The same data as a timeline: lanes per agency, periods as bands, "no information" gaps hatched. */
export const Timeline: Story = { args: { view: 'timeline' } };

/** Timeline with one lane per child. */
export const TimelineByChild: Story = { args: { view: 'timeline', lanes: 'child' } };

/** Public Law Outline form: numbered, date, event, reference to the source document. */
export const Court: Story = { args: { view: 'court' } };

/** For the family or a subject access request: restricted and third-party content withheld, with the count. */
export const Redacted: Story = { args: { audience: 'redacted' } };

/** For reviews: names replaced by roles ("Mother", "Child A"). */
export const Anonymised: Story = { args: { audience: 'anonymised' } };

/** Adding and editing entries, with validation and the audit trail. */
export const Editable: Story = { args: { editable: true } };

/** Only significant and critical entries, restored from a saved filter state. */
export const SignificantOnly: Story = {
  render: () =>
    html`<cw-chronology .bundle=${sampleCase} .filters=${{ agencies: [], categories: [], significances: [], people: [], from: '', to: '', text: '', significantOnly: true }}></cw-chronology>`,
};

/** No entries yet. */
export const Empty: Story = {
  render: (args) => html`<cw-chronology .bundle=${emptyCase} ?editable=${args.editable}></cw-chronology>`,
};

/** 10,000 generated entries: the table is virtualised and the timeline draws density where markers would crowd. */
export const TenThousandEntries: Story = {
  render: (args) => html`<cw-chronology .bundle=${tenThousand} view=${args.view} lanes=${args.lanes}></cw-chronology>`,
};

/** Invalid entries are listed in the error summary with their ids and reasons; the rest still render. */
export const InvalidData: Story = {
  render: (args) => html`<cw-chronology .bundle=${invalidCase} view=${args.view}></cw-chronology>`,
};

/** In Welsh (the nearest `lang` attribute decides). */
export const Welsh: Story = {
  render: (args) =>
    html`<div lang="cy"><cw-chronology .bundle=${sampleCase} view=${args.view} audience=${args.audience} lanes=${args.lanes}></cw-chronology></div>`,
};

/** Linked to other components through `<cw-case>`: selecting a person elsewhere narrows the chronology to them. */
export const InACase: Story = {
  render: (args) => html`<cw-case .bundle=${sampleCase} actor="Sophie Bennett">
    <p>Select a person in another component (for example the genogram) to see only their entries.</p>
    <cw-chronology view=${args.view} ?editable=${args.editable}></cw-chronology>
  </cw-case>`,
};
