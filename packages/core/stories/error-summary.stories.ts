import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DataIssue, IssueEntity } from '@opencasework/core';
import '@opencasework/core/define';

interface Args {
  issues: DataIssue[];
  heading: string;
}

const issue = (entity: IssueEntity, id: string | null, path: string, message: string, location: string): DataIssue => ({
  entity,
  id,
  path,
  message,
  location,
});

const few: DataIssue[] = [
  issue('Person', 'p-17', 'gender', '"gender" must be one of: female, male, ... (it was "x").', 'people[16]'),
  issue('ChronologyEntry', 'c-203', 'date', '"date" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.', 'chronology[202]'),
  issue('Relationship', null, 'b', 'The record has no usable id.', 'relationships[4]'),
];

const many: DataIssue[] = Array.from({ length: 24 }, (_, i) =>
  issue(
    'ChronologyEntry',
    `c-${100 + i}`,
    'significance',
    `"significance" must be one of: low, medium, high (entry ${i + 1}).`,
    `chronology[${99 + i}]`,
  ),
);

/** Strings a hostile or broken system might send: they must show as plain text, never as markup. */
const hostile: DataIssue[] = [
  issue('Person', '<img src=x onerror=alert(1)>', 'givenName', '<script>alert("x")</script> is not allowed', 'people[0]'),
  issue('Person', 'javascript:alert(1)', 'notes', '"notes" is longer than 20000 characters.', 'people[1]'),
  issue('Agency', '\u202Egnp.exe', 'name', 'Right-to-left override \u202E in an id; zero-width\u200B\u200Bjoiners.', 'agencies[0]'),
  issue('Professional', 'x'.repeat(300), 'name', 'An id with no spaces that must still wrap: ' + 'y'.repeat(400), 'professionals[0]'),
  issue('Household', '{{constructor.constructor("alert(1)")()}}', 'members', 'Template-injection text, shown as text.', 'households[0]'),
];

/**
 * `<cw-error-summary>` lists the records that could not be shown and why, in the spirit of the GOV.UK error
 * summary. Components render it at their top with the issues from `parseCaseBundle`; the valid rest still renders.
 */
const meta: Meta<Args> = {
  title: 'Core/Error summary',
  component: 'cw-error-summary',
  tags: ['autodocs'],
  args: { issues: few, heading: '' },
  argTypes: {
    issues: { control: 'object', description: 'The issues to list (`DataIssue[]`), as returned by parseCaseBundle / parseTeamBoard.' },
    heading: { control: 'text', description: 'A heading that replaces the default one.' },
  },
  render: ({ issues, heading }) => html`<cw-error-summary .issues=${issues} heading=${heading}></cw-error-summary>`,
};
export default meta;

type Story = StoryObj<Args>;

/** With no issues the element renders nothing at all (this paragraph is the story's, not the element's). */
export const NoIssues: Story = {
  args: { issues: [] },
  render: ({ issues, heading }) => html`
    <p>Nothing below this line: the summary is empty when every record is valid.</p>
    <cw-error-summary .issues=${issues} heading=${heading}></cw-error-summary>`,
};

/** A few invalid records, including one with no usable id. */
export const AFewIssues: Story = { args: { issues: few } };

/** Only the first ten are listed until the user asks for all of them. */
export const ManyIssuesWithShowAll: Story = { args: { issues: many } };

/** The same summary in Welsh: the element follows the nearest `lang` attribute. */
export const Welsh: Story = {
  args: { issues: few },
  render: ({ issues, heading }) => html`<div lang="cy"><cw-error-summary .issues=${issues} heading=${heading}></cw-error-summary></div>`,
};

/** A custom heading from the host. */
export const CustomHeading: Story = { args: { issues: few, heading: 'Some records in this case could not be shown' } };

/** Markup, scripts, bidi overrides and very long unbroken strings are shown as plain text and wrap. */
export const HostileStrings: Story = { args: { issues: hostile } };
