import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryCaseStore, type CaseBundle, type SafetyPlan } from '@opencasework/core';
import { sampleCase } from '@opencasework/core/sample';
import '@opencasework/core/define';
import '../src/define.js';

interface Args {
  editable: boolean;
  audience: 'workers' | 'family' | 'wider';
  view: 'professional' | 'family';
  printVersion: 'family' | 'professional';
  today: string;
}

const samplePlan = (sampleCase.safetyPlans ?? [])[0] as SafetyPlan;
const withPlan = (plan: SafetyPlan | Record<string, unknown>): CaseBundle => ({ ...sampleCase, safetyPlans: [plan as SafetyPlan] });
const now = '2025-04-01T09:00:00Z';
const emptyPlan: SafetyPlan = {
  id: 'sp-new',
  status: 'draft',
  childIds: samplePlan.childIds ?? [],
  createdAt: now,
  updatedAt: now,
  version: 0,
};

/**
 * `<cw-safety-plan>`: a Signs of Safety assessment map (what are we worried about, what's working well, what needs
 * to happen), the 0-10 safety scale across reviews, next steps by owner, the family's rules and safety network, the
 * child's Three Houses, agreed versions and what changed since, and family and professional print versions.
 * Every action works by keyboard: a statement's one button is "Edit" (Alt+ArrowUp/Down on it reorders); its open form
 * has "Move up/down", "Move to…" and "Delete".
 */
const meta: Meta<Args> = {
  title: 'Components/Safety plan',
  component: 'cw-safety-plan',
  tags: ['autodocs'],
  args: { editable: false, audience: 'workers', view: 'professional', printVersion: 'professional', today: '2025-07-01' },
  argTypes: {
    editable: { control: 'boolean', description: 'Allows editing; each edit autosaves as a draft.' },
    audience: {
      control: 'inline-radio',
      options: ['workers', 'family', 'wider'],
      description: 'Who is looking. The child’s view needs the child’s consent beyond the workers.',
    },
    view: { control: 'inline-radio', options: ['professional', 'family'] },
    printVersion: { control: 'inline-radio', options: ['professional', 'family'], description: 'Which version @media print prints.' },
    today: { control: 'text', description: 'Today, for overdue steps (YYYY-MM-DD).' },
  },
  render: (args) => html`<cw-safety-plan .bundle=${sampleCase} ?editable=${args.editable} audience=${args.audience}
    view=${args.view} print-version=${args.printVersion} today=${args.today} actor="Sophie Bennett"></cw-safety-plan>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A new plan with nothing written yet: the map, the scale, the steps and the plan are empty and ready to fill in. */
export const EmptyPlan: Story = {
  args: { editable: true },
  render: (args) =>
    html`<cw-safety-plan .bundle=${withPlan(emptyPlan)} ?editable=${args.editable} audience=${args.audience} today=${args.today}></cw-safety-plan>`,
};

/** A case with no plan at all: an editor can start one. */
export const NoPlanYet: Story = {
  args: { editable: true },
  render: (args) => html`<cw-safety-plan .bundle=${{ ...sampleCase, safetyPlans: [] }} ?editable=${args.editable}></cw-safety-plan>`,
};

/** The Evans children's plan after three reviews: scores from six people across three reviews, version 3 agreed, two earlier versions in the audit trail. */
export const SamplePlanThreeReviews: Story = {};

/** The sample plan, editable. Edits autosave to an in-memory store through `<cw-case>` (IndexedDB in the workspace). */
export const Editable: Story = {
  args: { editable: true },
  render: (args) => {
    const store = new MemoryCaseStore();
    void store.replace({ kind: 'case', id: sampleCase.case.id }, sampleCase, 'story');
    return html`<cw-case case-id=${sampleCase.case.id} .store=${store} actor="Sophie Bennett">
      <cw-safety-plan ?editable=${args.editable} audience=${args.audience} today=${args.today}></cw-safety-plan></cw-case>`;
  },
};

/** The child's Three Houses, shared with the family because Ruby agreed. */
export const ChildsView: Story = { args: { audience: 'family' } };

/** Without the child's consent, a wider audience does not see the child's words. */
export const ChildsViewWithheld: Story = {
  args: { audience: 'wider' },
  render: (args) => {
    const plan = structuredClone(samplePlan);
    if (plan.childView) plan.childView.consentToShare = false;
    return html`<cw-safety-plan .bundle=${withPlan(plan)} audience=${args.audience} today=${args.today}></cw-safety-plan>`;
  },
};

/** The family version on screen and in print: large type, plain language, the rules, the network and the next steps, no internal fields. */
export const PrintFamilyVersion: Story = { args: { view: 'family', printVersion: 'family', audience: 'family' } };

/** The professional version for print: the whole map, the scores, next steps and versions, without the controls. */
export const PrintProfessionalVersion: Story = { args: { printVersion: 'professional' } };

/** In Welsh (the toolbar's language switch does the same for every story). */
export const Welsh: Story = {
  render: (args) =>
    html`<div lang="cy"><cw-safety-plan .bundle=${sampleCase} ?editable=${args.editable} today=${args.today}></cw-safety-plan></div>`,
};

/** Invalid statements and ratings are listed in the error summary; the rest of the plan renders and can be edited. */
export const InvalidData: Story = {
  args: { editable: true },
  render: (args) => {
    const plan = structuredClone(samplePlan) as unknown as Record<string, unknown>;
    (plan.harm as unknown[]).push({ id: 'st-bad', text: 12345 });
    (plan.scales as unknown[]).push({ id: 'sc-bad', by: 'p-kayleigh', score: 14, at: '2025-03-18' });
    (plan.nextSteps as unknown[]).push({ id: 'ns-bad', text: 'No status', due: '2025-02-30' });
    return html`<cw-safety-plan .bundle=${withPlan(plan)} ?editable=${args.editable} today=${args.today}></cw-safety-plan>`;
  },
};
