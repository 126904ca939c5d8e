import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CaseBundle, Person, Relationship } from '@opencasework/core';
import { makeFamily, sampleCase } from '@opencasework/core/sample';
import '@opencasework/core/define';
import '../src/define.js';

interface Args {
  view: 'diagram' | 'text' | 'table';
  familyFacing: boolean;
  focusIndex: boolean;
  hideEmotional: boolean;
  hideHouseholds: boolean;
  asAt: string;
  editable: boolean;
}

const P = (id: string, gender: Person['gender'], givenName: string, extra: Partial<Person> = {}): Person => ({
  id,
  gender,
  givenName,
  familyName: 'Evans',
  ...extra,
});
let n = 0;
const R = (r: Record<string, unknown>): Relationship => ({ id: `r${++n}`, ...r }) as Relationship;
const bundle = (
  people: Person[],
  relationships: Relationship[],
  subjectIds: string[] = [],
  extra: Partial<CaseBundle> = {},
): CaseBundle => ({
  schema: 'opencasework/case-bundle@1',
  case: { id: 'story', title: 'Story family', subjectIds },
  people,
  relationships,
  ...extra,
});
const child = (parentId: string, childId: string, type = 'biological', extra: Record<string, unknown> = {}) =>
  R({ kind: 'parent', parentId, childId, type, ...extra });

/** People: every symbol in the notation. */
const people = bundle(
  [
    P('f', 'female', 'Female', { dateOfBirth: '1980' }),
    P('m', 'male', 'Male', { dateOfBirth: '1978' }),
    P('nb', 'non-binary', 'Non-binary', { dateOfBirth: '2001' }),
    P('o', 'other', 'Other', { dateOfBirth: '2003' }),
    P('nk', 'not-known', 'Not known'),
    P('ns', 'not-stated', 'Not stated'),
    P('d', 'male', 'Died', { dateOfBirth: '1940', dateOfDeath: '2019-05' }),
    P('ix', 'female', 'Index child', { dateOfBirth: '2015-04-01' }),
    P('pg', 'not-known', 'Pregnancy', { pregnancy: { outcome: 'ongoing', expected: '2026-12' } }),
    P('mc', 'not-known', 'Miscarriage', { pregnancy: { outcome: 'miscarriage' } }),
    P('sb', 'female', 'Stillbirth', { pregnancy: { outcome: 'stillbirth' } }),
    P('tm', 'not-known', 'Termination', { pregnancy: { outcome: 'termination' } }),
  ],
  [
    child('f', 'ix'),
    child('m', 'ix'),
    child('f', 'pg'),
    child('m', 'pg'),
    child('f', 'mc'),
    child('m', 'mc'),
    child('f', 'sb'),
    child('m', 'sb'),
    child('f', 'tm'),
    child('m', 'tm'),
    child('d', 'm'),
    R({ kind: 'partner', a: 'f', b: 'm', status: 'married', from: '2010' }),
  ],
  ['ix'],
);

/** Partnerships by status, with dates, and consanguinity. */
const statuses = ['married', 'civil-partnership', 'cohabiting', 'engaged', 'dating', 'separated', 'divorced', 'widowed'] as const;
const partnerships = bundle(
  statuses.flatMap((s, i) => [
    P(`a${i}`, 'male', `${s} A`, { dateOfBirth: '1980' }),
    P(`b${i}`, s === 'civil-partnership' ? 'male' : 'female', `${s} B`, { dateOfBirth: '1982' }),
  ]),
  statuses.map((s, i) =>
    R({
      kind: 'partner',
      a: `a${i}`,
      b: `b${i}`,
      status: s,
      from: '2005',
      ...(i >= 5 ? { to: '2019' } : {}),
      ...(s === 'married' ? { consanguineous: true } : {}),
    }),
  ),
);

/** Children: birth, adoptive, foster, step, kinship and special-guardian lines; disputed parentage; twins. */
const types = ['biological', 'adoptive', 'foster', 'step', 'kinship', 'special-guardian', 'legal', 'unknown'] as const;
const children = bundle(
  [
    P('mum', 'female', 'Mum', { dateOfBirth: '1975' }),
    P('dad', 'male', 'Dad', { dateOfBirth: '1973' }),
    ...types.map((t, i) => P(`c${i}`, i % 2 ? 'male' : 'female', `${t} child`, { dateOfBirth: `${2000 + i}` })),
    P('t1', 'female', 'Twin one', { dateOfBirth: '2010-06-01' }),
    P('t2', 'female', 'Twin two', { dateOfBirth: '2010-06-01' }),
    P('t3', 'male', 'Twin three', { dateOfBirth: '2012-01-01' }),
    P('t4', 'female', 'Twin four', { dateOfBirth: '2012-01-01' }),
    P('dp', 'male', 'Disputed', { dateOfBirth: '2014' }),
  ],
  [
    R({ kind: 'partner', a: 'mum', b: 'dad', status: 'married', from: '1998' }),
    ...types.flatMap((t, i) => [child('mum', `c${i}`, t), child('dad', `c${i}`, t)]),
    child('mum', 't1'),
    child('dad', 't1'),
    child('mum', 't2'),
    child('dad', 't2'),
    child('mum', 't3'),
    child('dad', 't3'),
    child('mum', 't4'),
    child('dad', 't4'),
    R({ kind: 'twin', a: 't1', b: 't2', zygosity: 'identical' }),
    R({ kind: 'twin', a: 't3', b: 't4', zygosity: 'fraternal' }),
    child('mum', 'dp'),
    child('dad', 'dp', 'biological', { disputed: true, source: 'Dad disputes paternity: statement to court, March 2020' }),
  ],
);

/** Emotional relationships with direction, informal supports and households. */
const qualities = [
  'close',
  'very-close',
  'fused',
  'distant',
  'conflict',
  'hostile',
  'cut-off',
  'abuse',
  'violence',
  'neglect',
  'focused-on',
] as const;
const emotional = bundle(
  [
    P('x', 'female', 'Kerry', { dateOfBirth: '1985' }),
    ...qualities.map((q, i) => P(`e${i}`, i % 2 ? 'male' : 'female', q, { dateOfBirth: '1986' })),
    P('nb2', 'female', 'Neighbour', { familyName: 'Jones' }),
  ],
  [
    ...qualities.map((q, i) => R({ kind: 'emotional', a: 'x', b: `e${i}`, quality: q, ...(i >= 7 ? { direction: 'a-to-b' } : {}) })),
    R({ kind: 'support', a: 'nb2', b: 'x', label: 'neighbour' }),
  ],
  [],
  { households: [{ id: 'h1', name: "Kerry's flat", memberIds: ['x', 'e0', 'e1'] }] },
);

const invalid = {
  ...sampleCase,
  people: [...(sampleCase.people ?? []), { id: 'bad-person', gender: 'robot' }, { givenName: 'No id', gender: 'female' }],
  relationships: [
    ...(sampleCase.relationships ?? []),
    {
      id: 'loop',
      kind: 'parent',
      parentId: (sampleCase.case.subjectIds ?? [])[0],
      childId: (sampleCase.people ?? [])[0]?.id,
      type: 'biological',
    },
    { id: 'dangling', kind: 'partner', a: (sampleCase.people ?? [])[0]?.id, b: 'nobody', status: 'married' },
  ],
};

/**
 * `<cw-genogram>`: the family in standard genogram notation (McGoldrick, Gerson & Petry), laid out automatically:
 * generations in rows, partners side by side, children under their parents in birth order, households as dotted
 * boundaries. A date control shows the family at any date; a family-facing view softens the symbols; the same
 * model gives a text view and tables. Keyboard: arrows move between people (up to parents, down to children, left and
 * right to partners and siblings), Enter selects, + and − zoom, Shift+arrows pan, 0 fits.
 */
const meta: Meta<Args> = {
  title: 'Components/Genogram',
  component: 'cw-genogram',
  tags: ['autodocs'],
  args: { view: 'diagram', familyFacing: false, focusIndex: false, hideEmotional: false, hideHouseholds: false, asAt: '', editable: false },
  argTypes: {
    view: { control: 'inline-radio', options: ['diagram', 'text', 'table'] },
    asAt: { control: 'text', description: 'Show the family as at this date (YYYY-MM-DD); empty for today.' },
  },
  render: (
    args,
  ) => html`<cw-genogram .bundle=${sampleCase} view=${args.view} ?family-facing=${args.familyFacing} ?focus-index=${args.focusIndex}
    ?hide-emotional=${args.hideEmotional} ?hide-households=${args.hideHouseholds} as-at=${args.asAt} ?editable=${args.editable} actor="Sophie Bennett"></cw-genogram>`,
};
export default meta;
type Story = StoryObj<Args>;

const withData = (data: unknown, extra = {}): Story => ({
  ...extra,
  render: (args) => html`<cw-genogram .bundle=${data} view=${args.view} ?family-facing=${args.familyFacing} ?focus-index=${args.focusIndex}
    ?hide-emotional=${args.hideEmotional} ?hide-households=${args.hideHouseholds} as-at=${args.asAt} ?editable=${args.editable}></cw-genogram>`,
});

/** The sample case: the Evans–Hughes family over three generations. */
export const SampleFamily: Story = {};
/** The same family for the family: no crossing-out, a key in plain words. */
export const FamilyFacing: Story = { args: { familyFacing: true } };
/** Only the index child's parents, siblings, step-parents and the people they live with. */
export const FocusOnIndexChild: Story = { args: { focusIndex: true } };
/** The family in words and as tables: the accessible equivalent, generated from the same model. */
export const TextView: Story = { args: { view: 'text' } };
export const TableView: Story = { args: { view: 'table' } };
/** Symbols for people: female, male, the diamond for other genders, deceased, index child, pregnancy outcomes. */
export const NotationPeople = withData(people);
/** Every partnership status, with dates; the married couple is also consanguineous (double line). */
export const NotationPartnerships = withData(partnerships);
/** Every kind of child line, identical and fraternal twins, and disputed parentage (focus the ? to read its source). */
export const NotationChildren = withData(children);
/** Every emotional relationship, with direction where it has one, an informal support and a household. */
export const NotationEmotionalAndHouseholds = withData(emotional);
/** 300 people over 5 generations, drawn whole. */
export const ThreeHundredPeople = withData(makeFamily(300, 5), { args: { asAt: '2100-01-01' } });
/** Invalid records are listed in the error summary; the rest of the family still draws. */
export const InvalidData = withData(invalid);
/** Welsh: every word in the component, the text view included. */
export const Welsh: Story = { render: () => html`<div lang="cy"><cw-genogram .bundle=${sampleCase}></cw-genogram></div>` };
/** Editable inside a case provider: add people and relationships through forms; changes go to the store with audit. */
export const Editable: Story = {
  render: () => html`<cw-case .bundle=${sampleCase} actor="Sophie Bennett"><cw-genogram editable></cw-genogram></cw-case>`,
};
