import { expect } from '@open-wc/testing';
import { chronologyView, makePresenter, shownRows, shownText } from '../src/chronology-view.js';
import { emptyFilters } from '../src/filter.js';
import { buildModel } from '../src/model.js';
import { chronologyMessages, type ChronologyKey, type Localizer } from '../src/messages/index.js';
import { countsText } from '../src/views/notices.js';
import { timelineKeyAction } from '../src/timeline/timeline-view.js';
import { fitViewport } from '../src/timeline/timeline-geometry.js';
import { crafted } from './fixtures.js';

const localizer = (locale: 'en' | 'cy'): Localizer => ({
  locale,
  dateLocale: locale,
  t: (key: ChronologyKey, p?: Record<string, string | number>) => chronologyMessages.t(locale, key, p),
  date: (d: string) => d,
});

describe('chronology view (derived data)', () => {
  const bundle = crafted();
  const model = buildModel(bundle);

  it('presents each entry once per version and language, names as roles when anonymised', () => {
    const p = makePresenter(model, bundle, 'en', 'anonymised');
    const e3 = model.byId.get('e3')!;
    expect(p.present(e3)).to.equal(p.present(e3));
    expect(p.present(e3).summary).to.contain('Mother had a cut lip');
    expect(p.nameOf('mum')).to.equal('Mother');
    expect(makePresenter(model, bundle, 'en', 'practitioner').nameOf('mum')).to.equal('Kerry Smith');
    expect(shownText(p.present(e3))).to.contain('Police');
  });

  it('filters as the version allows', () => {
    const f = { ...emptyFilters(), text: 'Kerry' };
    expect(
      shownRows(model, f, '', 'practitioner', makePresenter(model, bundle, 'en', 'practitioner')).shown.map((r) => r.id),
    ).to.deep.equal(['e3', 'e7']);
    expect(shownRows(model, f, '', 'anonymised', makePresenter(model, bundle, 'en', 'anonymised')).shown).to.have.length(0);
    const bySelection = shownRows(model, emptyFilters(), 'mia', 'practitioner', makePresenter(model, bundle, 'en', 'practitioner'));
    expect(bySelection.hidden).to.equal(model.rows.length - bySelection.shown.length);
  });

  it('recomputes only when an input changes', () => {
    const d = chronologyView();
    const m = d.model(bundle, '');
    expect(d.model(bundle, '')).to.equal(m);
    expect(d.model(bundle, '2024-01-01')).to.not.equal(m);
    const p = d.presenter(m, bundle, 'en', 'practitioner', 'en');
    expect(d.presenter(m, bundle, 'en', 'practitioner', 'en')).to.equal(p);
    expect(d.presenter(m, bundle, 'en', 'redacted', 'en')).to.not.equal(p);
    const filters = emptyFilters();
    const s = d.shown(m, filters, '', 'practitioner', p);
    expect(d.shown(m, filters, '', 'practitioner', p)).to.equal(s);
    expect(d.events(s.shown, 'practitioner', false, m.names)).to.equal(d.events(s.shown, 'practitioner', false, m.names));
    expect(d.gaps(m.rows, 180).byAfter.get('e2')!.days).to.equal(1301);
  });

  it('counts what is shown with plural forms, in English and Welsh', async () => {
    await chronologyMessages.load('cy');
    expect(countsText(localizer('en'), 1, 1, 0, 1)).to.equal('Showing 1 of 1 entry');
    expect(countsText(localizer('en'), 3, 9, 6, 2)).to.equal(
      'Showing 3 of 9 entries · 6 hidden by filters · 2 events (entries from several agencies about the same event are grouped)',
    );
    expect(countsText(localizer('cy'), 1, 1, 0, 1)).to.equal('Yn dangos 1 o 1 cofnod');
    expect(countsText(localizer('cy'), 9, 9, 0, 9)).to.equal('Yn dangos 9 o 9 o gofnodion');
  });

  it('moves the timeline keyboard stop in date order, zooms about it and selects it', () => {
    const rows = model.rows;
    const v = fitViewport(model.range);
    const move = timelineKeyAction('ArrowRight', rows, rows[0]!, v);
    expect(move).to.include({ kind: 'move', row: rows[1] });
    expect(timelineKeyAction('End', rows, rows[0]!, v)).to.include({ row: rows[rows.length - 1] });
    expect(timelineKeyAction('ArrowLeft', rows, rows[0]!, v)).to.include({ row: rows[0] });
    expect(timelineKeyAction('Enter', rows, rows[2]!, v)).to.deep.equal({ kind: 'select', row: rows[2] });
    const zoom = timelineKeyAction('+', rows, rows[2]!, v)!;
    expect(zoom.kind).to.equal('zoom');
    expect(timelineKeyAction('x', rows, rows[0]!, v)).to.equal(null);
  });
});
