import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { makeNetwork, sampleCase } from '@opencasework/core/sample';
import type { CaseBundle, CwSelectDetail } from '@opencasework/core';
import '../src/define.js';

interface Args {
  editable: boolean;
  showEnded: boolean;
  showSensitiveRoles: boolean;
  view: 'picture' | 'contacts' | 'people' | 'history';
  today: string;
}

/**
 * `<cw-family-network>`: the team around the family at a glance. The family's households sit at the centre, the
 * professionals around them grouped by agency sector, informal supports beside them; each line is an involvement,
 * styled by strength. Select a person to see who works with them; ask who leads, who has not been in contact and
 * which child has no universal service recorded; print a one-page contact sheet.
 */
const meta: Meta<Args> = {
  title: 'Components/Family network',
  component: 'cw-family-network',
  tags: ['autodocs'],
  args: { editable: false, showEnded: false, showSensitiveRoles: false, view: 'picture', today: '' },
  argTypes: {
    editable: { control: 'boolean', description: 'Shows the form that adds a professional or an involvement.' },
    showEnded: { control: 'boolean', description: 'Shows ended involvements (hidden by default).' },
    showSensitiveRoles: { control: 'boolean', description: 'Allows sensitive roles to be shown (the host decides).' },
    view: { control: 'inline-radio', options: ['picture', 'contacts', 'people', 'history'] },
    today: { control: 'text', description: 'YYYY-MM-DD; empty for the real date.' },
  },
  render: (args) => html`<cw-family-network .bundle=${sampleCase} ?editable=${args.editable} ?show-ended=${args.showEnded}
    ?show-sensitive-roles=${args.showSensitiveRoles} view=${args.view} today=${args.today}></cw-family-network>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The sample family: three generations, professionals from many agencies, a lead social worker and informal supports. */
export const SampleFamily: Story = {};

/** With ended involvements shown: greyed out and marked "ended". */
export const WithEndedInvolvements: Story = { args: { showEnded: true } };

/** A host that allows sensitive roles to be shown (for example, to the lead professional only). */
export const SensitiveRolesShown: Story = { args: { showSensitiveRoles: true } };

/** 150 nodes: laid out without overlaps in a few milliseconds; pan with a drag, zoom with the buttons or Ctrl + wheel. */
export const Network150: Story = {
  render: (args) => html`<cw-family-network .bundle=${make150()} today="2025-10-01" ?show-ended=${args.showEnded}></cw-family-network>`,
  args: { showEnded: true },
};

function make150(): CaseBundle {
  for (let n = 150; n < 400; n++) {
    const b = makeNetwork(n, 7);
    const people = new Set((b.involvements ?? []).flatMap((i) => i.personIds ?? []));
    if (people.size + (b.professionals ?? []).length >= 150) return b;
  }
  return makeNetwork(200, 7);
}

/** Selection driven from outside: the network follows a selection set by the host (here, the first child in the case). */
export const Selection: Story = {
  render: () =>
    html`<cw-family-network .bundle=${sampleCase} .selection=${{ kind: 'person', id: sampleCase.case.subjectIds?.[0] ?? '' }}></cw-family-network>`,
};

/** Selection shared with another component through `<cw-case>`: select in the network, the host's status line follows. */
export const LinkedThroughCwCase: Story = {
  render: () => html`<cw-case .bundle=${sampleCase} @cw-select=${(e: CustomEvent<CwSelectDetail>) => {
    const out = (e.currentTarget as HTMLElement).querySelector('output');
    if (out) out.textContent = JSON.stringify(e.detail.selection);
  }}>
    <p>Selected: <output>null</output></p>
    <cw-family-network></cw-family-network>
  </cw-case>`,
};

/** The "who to contact" list. Use "Print contact sheet" (or print the page) for a one-page team-around-the-family sheet. */
export const ContactSheet: Story = { args: { view: 'contacts' } };

/** Each family member's professionals and supports, as a list: the accessible equivalent of the picture. */
export const ByFamilyMember: Story = { args: { view: 'people' } };

/** Who joined and left the network, and when. */
export const History: Story = { args: { view: 'history', showEnded: true } };

/** In Welsh: every label, message and date. */
export const Welsh: Story = {
  render: () => html`<div lang="cy"><cw-family-network .bundle=${sampleCase}></cw-family-network></div>`,
};

/** Editable: add a professional (and their agency if new) and an involvement; each record is its own audited change. */
export const Editable: Story = { args: { editable: true } };

/** Invalid involvements and dangling references are listed in the error summary; the rest still draws. */
export const InvalidData: Story = {
  render: () => {
    const bad = structuredClone(sampleCase) as unknown as { involvements: unknown[]; professionals: unknown[] };
    bad.involvements.push({ id: 'inv-bad-1', professionalId: 'no-such-professional', personIds: [] });
    bad.involvements.push({ id: 'inv-bad-2', professionalId: (bad.professionals[0] as { id: string }).id, personIds: ['no-such-person'] });
    bad.involvements.push({ id: 'inv-bad-3', professionalId: (bad.professionals[0] as { id: string }).id, strength: 'unbreakable' });
    bad.professionals.push({ id: 'pro-bad', name: 'No Agency', role: 'Worker', agencyId: 'missing' });
    return html`<cw-family-network .bundle=${bad}></cw-family-network>`;
  },
};
