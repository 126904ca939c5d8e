import { fixture, html } from '@open-wc/testing';
import type { MemoryCaseStore } from '@opencasework/core';
import '@opencasework/core/define';
import '../src/define.js';
import type { CwDocuments } from '../src/documents.js';
import { evansStore } from './evans.js';

export * from './evans.js';

export async function mountShelf(
  o: { lang?: string; audience?: string; chronology?: boolean } = {},
): Promise<{ el: CwDocuments; wrap: HTMLElement; store: MemoryCaseStore }> {
  const { store } = await evansStore();
  const wrap = await fixture<HTMLElement>(html`<div lang=${o.lang ?? 'en-GB'}><cw-case case-id="evans-1" .store=${store} actor="Sam Patel">
    ${o.chronology ? html`<cw-chronology></cw-chronology>` : ''}
    <cw-documents audience=${o.audience ?? 'practitioner'}></cw-documents>
  </cw-case></div>`);
  const el = wrap.querySelector('cw-documents')!;
  await until(() => !!el.shadowRoot?.querySelector('ul.docs'));
  await el.updateComplete;
  return { el, wrap, store };
}

export async function until(test: () => boolean, ms = 10_000): Promise<void> {
  const t0 = performance.now();
  while (!test()) {
    if (performance.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string): T => el.shadowRoot!.querySelector<T>(sel)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(sel)];
