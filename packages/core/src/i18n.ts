import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Params = Record<string, string | number>;
export type Message = string | ((p: Params) => string);
export type Locale = string;

/**
 * A catalogue of messages: English is complete and the fallback; Welsh must be complete too (the type says so).
 * Hosts may add a language with `catalogue.add('pl', {...})`; missing keys fall back to English.
 */
export class Catalogue<K extends string> {
  private byLocale = new Map<Locale, Partial<Record<K, Message>>>();
  constructor(readonly en: Record<K, Message>, cy: Record<K, Message>) {
    this.byLocale.set('en', en);
    this.byLocale.set('cy', cy);
  }
  add(locale: Locale, messages: Partial<Record<K, Message>>): this {
    this.byLocale.set(normaliseLocale(locale), { ...this.byLocale.get(normaliseLocale(locale)), ...messages });
    return this;
  }
  has(locale: Locale): boolean {
    return this.byLocale.has(normaliseLocale(locale));
  }
  locales(): Locale[] {
    return [...this.byLocale.keys()];
  }
  t(locale: Locale, key: K, params: Params = {}): string {
    const m = this.byLocale.get(normaliseLocale(locale))?.[key] ?? this.en[key];
    if (typeof m === 'function') return m(params);
    return m.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
  }
}

/** "cy-GB" -> "cy"; "EN" -> "en". */
export function normaliseLocale(lang: string | null | undefined): Locale {
  return (lang ?? 'en').trim().toLowerCase().split(/[-_]/)[0] || 'en';
}

/** The nearest `lang` attribute, looking through shadow roots to the document. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? 'en';
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return 'en';
}

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;
function watch(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((h) => h.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Keeps a component's language in step with the nearest `lang` attribute, re-rendering when it changes. */
export class LocaleController implements ReactiveController {
  locale: Locale = 'en';
  constructor(private host: ReactiveControllerHost & Element) {
    host.addController(this);
  }
  hostConnected(): void {
    hosts.add(this);
    watch();
    this.refresh();
  }
  hostDisconnected(): void {
    hosts.delete(this);
  }
  refresh(): void {
    const next = normaliseLocale(resolveLang(this.host));
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }
}
