import { expect, fixture } from '@open-wc/testing';
import { html, render, svg } from 'lit';
import type { Person } from '@opencasework/core';
import { genogramMessages, type GenogramKey } from '../src/messages/index.js';
import { en } from '../src/messages/en.js';
import cy from '../src/messages/cy.js';
import { buildModel, childLinksById, drawingBounds, keyboardOrder, neighbour, startingPerson } from '../src/genogram-model.js';
import { readEmotionalForm, readPersonForm, structureProblem } from '../src/editing.js';
import { legendNeeds } from '../src/legend.js';
import { legendLines } from '../src/views/legend.js';
import { relationshipRows } from '../src/views/tables.js';
import { personLabel, personLabelView, personView } from '../src/views/person.js';
import type { Words } from '../src/views/context.js';
import { jayFamily } from './fixtures.js';

const TODAY = '2026-11-22';
const words = (locale = 'en'): Words => ({
  t: (key: GenogramKey, params?: Record<string, string | number>) => genogramMessages.t(locale, key, params),
  date: (d: string) => d,
  dateLocale: locale === 'cy' ? 'cy' : 'en',
});
const model = () => buildModel({ bundle: jayFamily(), asAt: '', today: TODAY, focusId: undefined, pregnancyLabel: (o) => o });
const values = (v: Record<string, string>) => (k: string) => v[k] ?? '';

describe('genogram messages', () => {
  it('spells out every key (no cryptic prefixes) and Welsh has every key', () => {
    for (const k of Object.keys(en)) expect(k, k).not.to.match(/^(g|pg|ps|pa|ct|eq|tw|lg|lf|tv|rw|tb|is|ed)\./);
    expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('counts people with plural forms in English and Welsh', async () => {
    expect(genogramMessages.t('en', 'svgLabel', { count: 1 })).to.equal('Genogram of 1 person.');
    expect(genogramMessages.t('en', 'svgLabel', { count: 15 })).to.equal('Genogram of 15 people.');
    await genogramMessages.load('cy');
    const cyText = (count: number) => genogramMessages.t('cy', 'svgLabel', { count });
    expect([0, 1, 2, 3, 6, 11].map(cyText)).to.deep.equal([
      'Genogram o 0 o bobl.',
      'Genogram o 1 person.',
      'Genogram o 2 berson.',
      'Genogram o 3 pherson.',
      'Genogram o 6 pherson.',
      'Genogram o 11 o bobl.',
    ]);
  });
});

describe('genogram model (pure)', () => {
  it('starts the keyboard on the index child and orders the rest by rows', () => {
    const m = model();
    expect(startingPerson(m)).to.equal('jay');
    const order = keyboardOrder(m);
    expect(order.get('jay')).to.equal(0);
    expect(order.size).to.equal(m.nodes.length);
  });

  it('moves up to a parent, down to the eldest child, sideways to a partner', () => {
    const m = model();
    expect(['gf', 'gm']).to.include(neighbour(m, 'kelly', 'ArrowUp'));
    expect(neighbour(m, 'gf', 'ArrowDown')).to.be.oneOf(['kelly', 'sam']);
    const danRight = m.nodes.find((n) => n.id === 'dan')!.x > m.nodes.find((n) => n.id === 'kelly')!.x;
    expect(neighbour(m, 'kelly', danRight ? 'ArrowRight' : 'ArrowLeft')).to.equal('dan');
    expect(neighbour(m, 'nobody', 'ArrowUp')).to.equal(undefined);
  });

  it('gives the drawing bounds at least 400 by 300 and child links by child', () => {
    const b = drawingBounds({ nodes: [], edges: [], households: [], width: 100, height: 50, issues: [], asAt: TODAY });
    expect(b).to.deep.equal({ x: -150, y: 0, w: 400, h: 300 });
    const links = childLinksById(model().graph);
    expect(links.get('jay')!.length).to.be.greaterThan(0);
  });
});

describe('genogram editing (pure)', () => {
  it('reads the add-person form, with its errors', () => {
    const ok = readPersonForm(
      values({ givenName: 'Ada', gender: 'female', dateOfBirth: '2040', relation: 'child', parentType: 'biological' }),
      'mia',
    );
    expect(ok.errors).to.deep.equal({});
    expect(ok.person).to.include({ givenName: 'Ada', gender: 'female', dateOfBirth: '2040' });
    expect(ok.rel).to.include({ kind: 'parent', parentId: 'mia', childId: ok.person.id, type: 'biological' });
    const bad = readPersonForm(values({ dateOfBirth: '12/3/2019', relation: 'none' }), '');
    expect(bad.errors).to.deep.equal({ name: 'name', dob: 'date' });
    expect(bad.rel).to.equal(undefined);
  });

  it('refuses a third biological parent and a child born before the parent', () => {
    const b = jayFamily();
    const zed = { id: 'zed', gender: 'male', givenName: 'Zed' } as Person;
    expect(
      structureProblem(b, zed, { id: 'r-zed', kind: 'parent', parentId: 'zed', childId: 'mia', type: 'biological' } as never),
    ).to.deep.equal({ code: 'third-biological' });
    const old = { id: 'old', gender: 'female', givenName: 'Old', dateOfBirth: '1900' } as Person;
    expect(
      structureProblem(b, old, { id: 'r-old', kind: 'parent', parentId: 'mia', childId: 'old', type: 'adoptive' } as never),
    ).to.deep.equal({ code: 'born-before' });
    const baby = { id: 'baby', gender: 'female', givenName: 'Baby', dateOfBirth: '2026' } as Person;
    expect(
      structureProblem(b, baby, { id: 'r-ok', kind: 'parent', parentId: 'kelly', childId: 'baby', type: 'biological' } as never),
    ).to.equal(null);
  });

  it('reads the emotional form and refuses one person twice', () => {
    expect(readEmotionalForm(values({ a: 'mia', b: 'mia', quality: 'close' }))).to.equal(null);
    expect(readEmotionalForm(values({ a: 'mia', b: '', quality: 'close' })), 'second person not chosen').to.equal(null);
    expect(readEmotionalForm(values({ a: 'mia', b: 'lee', quality: 'distant', direction: 'a-to-b' }))).to.include({
      kind: 'emotional',
      a: 'mia',
      b: 'lee',
      quality: 'distant',
      direction: 'a-to-b',
    });
  });
});

describe('genogram views', () => {
  it('writes the key in plain words when family-facing', () => {
    const m = model();
    const needs = legendNeeds(m, { emotional: true, households: true });
    expect(legendLines({ words: words(), needs, familyFacing: false })).to.include('Female');
    expect(legendLines({ words: words(), needs, familyFacing: true })).to.include('A girl or woman');
  });

  it('lists relationships as table rows, emotional ones only when shown', () => {
    const g = model().graph;
    const all = relationshipRows(g, words(), true),
      family = relationshipRows(g, words(), false);
    expect(all.some((r) => r.rel === 'partner (separated)')).to.equal(true);
    expect(all.length).to.be.greaterThan(family.length);
  });

  it('draws a person with a label that says everything the symbol shows', async () => {
    const m = model();
    const n = m.nodes.find((x) => x.id === 'gf')!;
    const ctx = { words: words(), asAt: m.asAt, soft: false, linksByChild: childLinksById(m.graph) };
    expect(personLabel(n, m.graph.byId.get('gf')!, ctx, { selected: true, highlighted: false })).to.equal(
      'George Smith, male, age c. 64, died 2015-06, selected',
    );
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const state = { selected: false, highlighted: false };
    const gf = m.graph.byId.get('gf')!;
    render(html`<svg>${svg`${personView(n, gf, ctx, state)}${personLabelView(n, gf, ctx, state)}`}</svg>`, host);
    expect(host.querySelectorAll('g.person line.cross')).to.have.length(2);
    expect(host.querySelector('g.person-label text.years')!.textContent).to.equal('1950–2015');
  });
});
