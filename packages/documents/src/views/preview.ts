import { html, nothing } from 'lit';
import { sizeText } from '../shelf-model.js';
import type { PreviewContext } from './context.js';

function links(c: PreviewContext, href: string | undefined, download: boolean) {
  if (!href) return nothing;
  return html`<p class="actions">
    <a href=${href} target="_blank" rel="noopener noreferrer">${c.l.t('preview.newTab')}</a>
    ${download ? html`<a href=${href} download=${c.item.title}>${c.l.t('preview.download')}</a>` : nothing}
  </p>`;
}

function content(c: PreviewContext) {
  const { l, item, state } = c;
  switch (state.status) {
    case 'loading':
      return html`<p class="status">${l.t('preview.loading')}</p>`;
    case 'bitmap':
      return html`<canvas class="picture" data-preview width=${Math.min(state.bitmap.width, 1600)}
        height=${Math.round((state.bitmap.height * Math.min(state.bitmap.width, 1600)) / state.bitmap.width)}
        role="img" aria-label=${l.t('thumb.label', { title: item.title })}></canvas>`;
    case 'address':
      if (item.preview === 'image') return html`<img class="picture" src=${state.href} alt=${l.t('thumb.label', { title: item.title })} />`;
      if (state.download && !c.frameFiles) return html`<p class="notice">${l.t('preview.pdfOpen')}</p>${links(c, state.href, true)}`;
      // The browser's own PDF viewer, in a frame that may run no script, submit nothing and open nothing.
      return html`<iframe class="pdf" src=${state.href} sandbox="" referrerpolicy="no-referrer" title=${l.t('preview.pdfFrame', { title: item.title })}></iframe>
        ${links(c, state.href, state.download)}`;
    case 'text':
      return html`<pre class="text" tabindex="0" aria-label=${item.title}>${state.text}</pre>
        ${state.truncated ? html`<p class="status">${l.t('preview.truncated')}</p>` : nothing} ${links(c, state.href, true)}`;
    case 'none':
      return html`<p class="notice">${l.t(`preview.${state.reason}`)}</p>
        ${links(c, state.href, state.href?.startsWith('blob:') ?? false)}`;
  }
}

/** The preview: a modal dialog (Escape closes it), its heading the document's title. */
export function previewView(c: PreviewContext) {
  const { l, item } = c;
  const facts = [l.date(item.date), l.t(`kind.${item.kind}`), ...(item.size !== undefined ? [sizeText(item.size, l.locale)] : [])];
  const d = c.details;
  return html`<div class="preview-head">
      <h2 id="preview-title">${item.title}</h2>
      ${
        d && !d.form
          ? html`<button type="button" class="secondary" data-action="details" @click=${d.onEdit}>${l.t('details.edit')}</button>`
          : nothing
      }
      <button type="button" class="secondary" data-action="close" @click=${c.onClose}>${l.t('preview.close')}</button>
    </div>
    <p class="meta">${facts.join(' · ')}</p>
    ${d ? html`<p class="status details-note" role="status">${d.note}</p>` : nothing}
    ${d?.form ?? html`${item.summary ? html`<p class="summary">${item.summary}</p>` : nothing}<div class="preview-body">${content(c)}</div>`}`;
}
