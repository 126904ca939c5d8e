// Storybook: every writable property of every component has a control, a changed control reaches the element, and
// "Show code" shows how to set the data properties (.storybook/lib/cw-controls.ts, used by .storybook/preview.ts).
import { expect } from '@open-wc/testing';
import {
  applyArgs,
  controlFor,
  declarationOf,
  enhanceArgTypes,
  fieldsOf,
  sourceWithData,
  type Manifest,
} from '../.storybook/lib/cw-controls.js';

const PACKAGES = ['core', 'chronology', 'genogram', 'safety-plan', 'blockage-board', 'family-network', 'documents', 'recording'];
const TAGS = [
  'cw-case',
  'cw-error-summary',
  'cw-chronology',
  'cw-genogram',
  'cw-safety-plan',
  'cw-blockage-board',
  'cw-family-network',
  'cw-documents',
  'cw-quick-note',
];

async function manifests(): Promise<Manifest[]> {
  return Promise.all(PACKAGES.map(async (p) => (await (await fetch(`/packages/${p}/custom-elements.json`)).json()) as Manifest));
}

describe('Storybook controls from the manifests', () => {
  it('every writable property of every component has a control; read-only ones none; attribute rows fold into them', async () => {
    const all = await manifests();
    let controls = 0;
    for (const tag of TAGS) {
      const decl = declarationOf(all, tag);
      expect(decl, tag).to.exist;
      // What Storybook extracts from the manifest alone: rows without controls (the story's own argTypes aside).
      const extracted = Object.fromEntries(fieldsOf(decl!).map((m) => [m.name, { name: m.name, table: { category: 'properties' } }]));
      for (const a of decl!.attributes ?? []) extracted[a.name] ??= { name: a.name, table: { category: 'attributes' } };
      const argTypes = enhanceArgTypes(extracted, decl);
      for (const m of fieldsOf(decl!)) {
        const row = argTypes[m.name]!;
        if (m.readonly) expect(row.control, `${tag}.${m.name} (read-only)`).to.equal(false);
        else {
          expect(row.control, `${tag}.${m.name}`).to.be.ok;
          controls++;
        }
      }
      for (const a of decl!.attributes ?? [])
        if (a.fieldName && a.fieldName !== a.name) expect(argTypes[a.name]!.table, `${tag} [${a.name}]`).to.deep.equal({ disable: true });
    }
    expect(controls).to.be.greaterThan(60);
  });

  it('chooses the control from the resolved type', async () => {
    const decl = declarationOf(await manifests(), 'cw-chronology')!;
    const field = (name: string) => fieldsOf(decl).find((m) => m.name === name)!;
    expect(controlFor(field('view'))).to.deep.equal({ control: 'inline-radio', options: ['court', 'table', 'timeline'] });
    expect(controlFor(field('gapDays'))).to.deep.equal({ control: 'number' });
    expect(controlFor(field('noMerge'))).to.deep.equal({ control: 'boolean' });
    expect(controlFor(field('timeZone'))).to.deep.equal({ control: 'text' });
    expect(controlFor(field('filters'))).to.deep.equal({ control: 'object' });
    // A story's own control wins.
    const own = enhanceArgTypes({ view: { name: 'view', control: 'select' } }, decl);
    expect(own['view']!.control).to.equal('select');
    // Storybook reads an enhancer's control in its normalised form.
    expect(enhanceArgTypes({}, decl)['noMerge']!.control).to.deep.equal({ type: 'boolean' });
  });

  it('a changed control reaches the element as a property; read-only and unset args are left alone', async () => {
    const decl = declarationOf(await manifests(), 'cw-chronology')!;
    const el = document.createElement('div') as unknown as Record<string, unknown> & Element;
    el['locale'] = 'en';
    const applied = applyArgs(el, decl, { noMerge: true, gapDays: 30, hidePatterns: undefined, locale: 'cy', unknown: 1 });
    expect(applied.sort()).to.deep.equal(['gapDays', 'noMerge']);
    expect(el['noMerge']).to.equal(true);
    expect(el['gapDays']).to.equal(30);
    expect(el['locale']).to.equal('en');
  });

  it('"Show code" sets bundle (or board, or issues) as a property, and object args too', async () => {
    const all = await manifests();
    const code = sourceWithData(
      '<cw-chronology view="court"></cw-chronology>',
      'cw-chronology',
      '@opencasework/chronology',
      declarationOf(all, 'cw-chronology'),
      {
        filters: { significantOnly: true },
        view: 'court',
      },
    );
    expect(code).to.include('<cw-chronology view="court"></cw-chronology>');
    expect(code).to.include("import '@opencasework/chronology/define';");
    expect(code).to.include("const el = document.querySelector('cw-chronology');");
    expect(code).to.match(/el\.bundle = await \(await fetch\('[^']+'\)\)\.json\(\);/);
    expect(code).to.include('el.filters = {"significantOnly":true};');
    expect(code).not.to.include('el.view');
    const board = sourceWithData(
      '<cw-blockage-board></cw-blockage-board>',
      'cw-blockage-board',
      '@opencasework/blockage-board',
      declarationOf(all, 'cw-blockage-board'),
      {},
    );
    expect(board).to.include('el.board = ');
    const summary = sourceWithData(
      '<cw-error-summary></cw-error-summary>',
      'cw-error-summary',
      '@opencasework/core',
      declarationOf(all, 'cw-error-summary'),
      {},
    );
    expect(summary).to.include('el.issues = parseCaseBundle(input).issues;');
  });
});
