import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { SHELF_VIEWS, sizeText, type ShelfGroup, type ShelfItem } from '../shelf-model.js';
import type { ShelfContext } from './context.js';

/** A group's heading: "May 2024", "2024, month not known", a person's name, a kind. */
function groupHeading(c: ShelfContext, g: ShelfGroup): string {
  const { l } = c;
  if (c.view === 'time') return g.key.length === 4 ? l.t('group.undated', { year: g.key }) : l.date(g.key, { style: 'long' });
  if (c.view === 'person') return g.key ? c.nameOf(g.key) : l.t('group.nobody');
  return l.t(`kind.${g.items[0]!.kind}`);
}

function thumbnail(c: ShelfContext, item: ShelfItem) {
  const how = c.thumb(item);
  if (how === 'canvas' && item.source && 'attachmentId' in item.source) {
    return html`<canvas class="thumb" width="128" height="96" data-thumb=${item.source.attachmentId} aria-hidden="true"></canvas>`;
  }
  if (how === 'img' && item.source && 'url' in item.source) {
    return html`<img class="thumb" src=${item.source.url} alt="" loading="lazy" width="128" height="96" />`;
  }
  return html`<span class="thumb kind-badge" aria-hidden="true">${c.l.t(`kind.${item.kind}`)}</span>`;
}

function meta(c: ShelfContext, item: ShelfItem) {
  const { l } = c;
  const parts = [l.date(item.date), l.t(`kind.${item.kind}`)];
  if (item.size !== undefined) parts.push(sizeText(item.size, l.locale));
  if (!item.source) parts.push(l.t('meta.noFile'));
  if (item.author) parts.push(l.t('meta.by', { name: item.author }));
  return html`<p class="meta">${parts.join(' · ')}</p>
    ${item.people.length && c.view !== 'person' ? html`<p class="meta">${l.t('meta.about', { names: l.list(item.people.map(([, n]) => n)) })}</p>` : nothing}`;
}

function entries(c: ShelfContext, item: ShelfItem) {
  const { l } = c;
  if (!item.entries.length) return html`<p class="meta entry none">${l.t('meta.noEntry')}</p>`;
  return html`<ul class="entries" aria-label=${l.t('col.entry')}>
    ${item.entries.map(
      (e) =>
        html`<li><button type="button" class="link" data-entry=${e.id} @click=${() => c.on.entry(e.id)}>${l.t('entry.show', { title: e.title })}</button></li>`,
    )}
  </ul>`;
}

function itemView(c: ShelfContext, item: ShelfItem) {
  return html`<li class="doc" data-doc=${item.id}>
    ${thumbnail(c, item)}
    <div class="body">
      <button type="button" class="link title" data-open=${item.id} @click=${(e: Event) => c.on.open(item, e.currentTarget as HTMLElement)}>${item.title}</button>
      ${item.summary ? html`<p class="summary">${item.summary}</p>` : nothing} ${meta(c, item)} ${entries(c, item)}
    </div>
  </li>`;
}

function upload(c: ShelfContext) {
  const u = c.upload;
  if (!u) return nothing;
  const { l } = c;
  return html`<div class="upload">
    <label for="doc-upload">${l.t('upload.label')}</label>
    <p class="cw-hint" id="doc-upload-hint">${l.t('upload.hint')}</p>
    <input id="doc-upload" type="file" multiple aria-describedby="doc-upload-hint" ?disabled=${u.busy}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        c.on.upload([...(input.files ?? [])]);
        input.value = '';
      }} />
    <p class="upload-status" role="status">${u.problem ? html`<span class="problem">${u.problem}</span>` : u.status}</p>
    ${
      u.added.length
        ? html`<ul class="added">
          ${u.added.map(
            (d) => html`<li>
              <p class="filed">${d.taken ? l.t('upload.filedTaken', { title: d.title, date: l.date(d.date, { style: 'long' }) }) : l.t('upload.filedToday', { title: d.title })}</p>
              <button type="button" class="link" data-details=${d.id}
                @click=${(e: Event) => c.on.details(d.id, e.currentTarget as HTMLElement)}>${l.t('details.editOf', { title: d.title })}</button>
            </li>`,
          )}
        </ul>`
        : nothing
    }
  </div>`;
}

/** The toolbar (arrange, search), the counts and notices, and the groups of documents, each a heading and a list. */
export function shelfView(c: ShelfContext) {
  const { l } = c;
  return html`
    <div class="toolbar" role="group" aria-label=${l.t('view.label')}>
      ${SHELF_VIEWS.map(
        (v) =>
          html`<button type="button" class="secondary" data-view=${v} aria-pressed=${c.view === v ? 'true' : 'false'} @click=${() => c.on.view(v)}>
            ${l.t(`view.${v}`)}
          </button>`,
      )}
    </div>
    <div class="search">
      <label for="doc-search">${l.t('search.label')}</label>
      <input id="doc-search" type="search" .value=${c.query} @input=${(e: Event) => c.on.search((e.target as HTMLInputElement).value)} />
    </div>
    ${upload(c)}
    <p class="counts" role="status">${c.query ? l.t('countOf', { count: c.shown, total: c.total }) : l.t('count', { count: c.total })}</p>
    ${c.withheld ? html`<p class="notice withheld">${l.t('withheld', { count: c.withheld })}</p>` : nothing}
    ${c.showsContent ? nothing : html`<p class="notice">${l.t('noContentVersion')}</p>`}
    ${!c.total ? html`<p class="empty">${l.t(c.upload ? 'emptyAdd' : 'empty')}</p>` : !c.shown ? html`<p class="empty">${l.t('emptySearch')}</p>` : nothing}
    ${repeat(
      c.groups,
      (g) => `${c.view}:${g.key}`,
      (g, n) => html`<section class="group" aria-labelledby=${`g-${n}`}>
        <h3 id=${`g-${n}`}>${groupHeading(c, g)}</h3>
        <ul class="docs">
          ${repeat(
            g.items,
            (i) => i.id,
            (i) => itemView(c, i),
          )}
        </ul>
      </section>`,
    )}
  `;
}
