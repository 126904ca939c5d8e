import { expect } from '@open-wc/testing';
import { GLOSSARY, checkPlainLanguage, findTerms, glossText, type GlossaryEntry } from '../src/plain-language.js';
import { realisticBundle, TODAY } from './realistic.js';
import { $, planEl, settle } from './helpers.js';

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const found = (s: string) => findTerms(s).map((m) => m.text);

describe('issue 14: the plain-language glossary', function () {
  this.timeout(60_000);
  it('holds at least 120 terms, each with plain words in English and Welsh', () => {
    expect(GLOSSARY.length).to.be.at.least(120);
    for (const e of GLOSSARY) {
      expect(e.en.length + e.cy.length, e.en.join('|')).to.be.at.least(1);
      expect(e.plain.en.trim(), e.en[0]).not.to.equal('');
      expect(e.plain.cy.trim(), e.en[0]).not.to.equal('');
    }
    const forms = GLOSSARY.flatMap((e) => [...e.en, ...e.cy]);
    expect(new Set(forms).size).to.be.at.least(300);
  });

  it('finds IDVA, MARAC, perpetrator programme, special guardianship and safeguard, with Welsh plain words', () => {
    const s =
      'Rosa is Sarah’s IDVA; the MARAC met in May. Craig was referred to a perpetrator programme. Pat is assessed for special guardianship so we can safeguard Amy.';
    // Expected, written first.
    expect(found(s)).to.deep.equal(['IDVA', 'MARAC', 'perpetrator programme', 'special guardianship', 'safeguard']);
    const cy = checkPlainLanguage(s, { locale: 'cy' }).filter((a) => a.kind === 'jargon');
    expect(cy[0]!.suggestion).to.contain('cam-drin domestig');
    expect(cy[3]!.suggestion).to.contain('gorchymyn llys');
    const en = checkPlainLanguage(s).filter((a) => a.kind === 'jargon');
    expect(en.map((a) => s.slice(a.start, a.end))).to.deep.equal([
      'IDVA',
      'MARAC',
      'perpetrator programme',
      'special guardianship',
      'safeguard',
    ]);
    expect(en[2]!.suggestion).to.equal('a course for people who have hurt or controlled a partner, to help them change');
  });

  it('matches forms, endings, hyphens and Welsh mutations, and leaves ordinary words alone', () => {
    expect(found('Two core groups, a strategy meeting and the looked-after children review.')).to.deep.equal([
      'core groups',
      'strategy meeting',
      'looked-after children',
    ]);
    expect(found('After the s.47 and the Section 47 enquiry, IDVAs and the DSL met.')).to.deep.equal([
      's.47',
      'Section 47 enquiry',
      'IDVAs',
      'DSL',
    ]);
    expect(found('Mae angen ei ddiogelu. Roedd yr asesiad gwarcheidiaeth arbennig yn hir.')).to.deep.equal([
      'ddiogelu',
      'gwarcheidiaeth arbennig',
    ]);
    // Distractors: Welsh "da" (good), "Dad", "lace", "classic", lower-case "pr", "capacity" alone, "designated" alone.
    expect(found('Da iawn! Dad said the black lace and a classic pr photo show capacity. She was designated driver.')).to.deep.equal([]);
    expect(found('She is LAC. Dan is not the DA worker.')).to.deep.equal(['LAC', 'DA']);
  });

  it('explains each professional word once, where first used, and never inside someone’s own words', () => {
    const seen = new Set<GlossaryEntry>();
    const parts = glossText('Share the MARAC plan with the core group and the MARAC chair.', 'en', seen);
    expect(parts.map((p) => (typeof p === 'string' ? p : `[${p.term}]`)).join('')).to.equal(
      'Share the [MARAC] plan with the [core group] and the MARAC chair.',
    );
    expect(glossText('The core group met.', 'en', seen)).to.deep.equal(['The core group met.']);
  });

  it('runs on the family version before it is shown: plain words in brackets, the family’s words untouched, a note for the worker', async () => {
    const el = await planEl({ bundle: realisticBundle(), today: TODAY });
    el.view = 'family';
    await settle(el);
    const fam = $(el, '.family-version');
    const t = text(fam);
    // Expected, written first (document order: working well, network, steps).
    expect(t).to.contain('knows the safeguarding (keeping children safe) plan.');
    expect(t).to.contain('Rosa Lane: IDVA (a domestic abuse support worker who helps you stay safe)');
    expect(t).to.contain('Tom Bell: Designated safeguarding lead (the member of school staff in charge of keeping children safe)');
    expect(t).to.contain(
      'Share the MARAC (a meeting where services share information to keep someone safe from serious domestic abuse) action plan',
    );
    expect(t).to.contain(
      'Refer Craig to a perpetrator programme (a course for people who have hurt or controlled a partner, to help them change).',
    );
    expect(t).to.contain(
      'Book the special guardianship (a court order so a relative or friend can bring a child up until they are 18) assessment',
    );
    expect(t).to.contain('Sarah meets the IDVA to plan'); // explained once, above
    expect(fam.querySelectorAll('.gloss')).to.have.length(7);
    // The child's own words are never rewritten: "safeguard" in Amy's dream stays as she said it.
    expect(t).to.contain('A safeguard for my phone so he can’t message me.');
    expect(t).to.contain('If Craig turns up, I don’t open the door and I ring 999.');
    const note = $(el, '.helper-note');
    expect(text(note)).to.contain(
      'Before you share this: 7 professional words are explained in brackets. This note is for you and is not printed.',
    );
    expect(text(note)).to.contain('1 sentence is long; try splitting it:');
  });

  it('runs on the printed family version too, in Welsh, without the worker’s note', async () => {
    const el = await planEl({ bundle: realisticBundle(), today: TODAY, lang: 'cy' });
    el.printVersion = 'family';
    await settle(el, 100);
    const t = text($(el, '.family-version'));
    expect(t).to.contain('Rosa Lane: IDVA (gweithiwr cymorth cam-drin domestig sy’n eich helpu i gadw’n ddiogel)');
    expect(t).to.contain('perpetrator programme (cwrs i bobl sydd wedi brifo neu reoli partner, i’w helpu i newid)');
    expect($(el, '.helper-note')).to.equal(null);
  });
});
