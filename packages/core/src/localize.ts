import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatAge, formatPartialDate, type Age, type DateLocale, type FormatOptions } from './partial-date.js';
import { formatList } from './list-format.js';

export type Params = Record<string, string | number>;
/** Plural forms chosen by `Intl.PluralRules(locale).select(Number(params.count))`. `other` is required. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
/** A message: text with `{name}` placeholders, plural forms, or (rarely) a function of the parameters. */
export type Message = string | PluralForms | ((p: Params) => string);
/** A lazily loaded locale: `() => import('./cy.js').then((m) => m.default)`. */
export type LocaleLoader<K extends string> = () => Promise<Partial<Record<K, Message>>>;
export type Locale = string;

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

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

function fill(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/**
 * A catalogue of messages. English is complete and the fallback, always loaded; other locales are loaded when first
 * used (`loaders`), and hosts may add a language with `catalogue.add('pl', {...})`. Missing keys fall back to English.
 *
 * For one session, `new Catalogue(en, cy)` with a plain object as the second argument still works (the object is
 * taken as an already loaded `cy`).
 */
export class Catalogue<K extends string> {
  private readonly byLocale = new Map<Locale, Partial<Record<K, Message>>>();
  private readonly loaders = new Map<Locale, LocaleLoader<K>>();
  private readonly loading = new Map<Locale, Promise<void>>();

  constructor(
    readonly en: Record<K, Message>,
    loaders: Record<string, LocaleLoader<K>> | Partial<Record<K, Message>> = {},
  ) {
    this.byLocale.set('en', en);
    const keys = Object.keys(loaders);
    if (keys.some((k) => k in en)) {
      // Deprecated form: the second argument is the Welsh catalogue itself.
      this.byLocale.set('cy', loaders as Partial<Record<K, Message>>);
    } else {
      for (const k of keys) this.loaders.set(normaliseLocale(k), (loaders as Record<string, LocaleLoader<K>>)[k]!);
    }
  }

  add(locale: Locale, messages: Partial<Record<K, Message>>): this {
    const l = normaliseLocale(locale);
    this.byLocale.set(l, { ...this.byLocale.get(l), ...messages });
    return this;
  }

  /** Whether the locale is known: loaded, or loadable. */
  has(locale: Locale): boolean {
    const l = normaliseLocale(locale);
    return this.byLocale.has(l) || this.loaders.has(l);
  }

  isLoaded(locale: Locale): boolean {
    return this.byLocale.has(normaliseLocale(locale));
  }

  /** Every known locale. */
  locales(): Locale[] {
    return [...new Set([...this.byLocale.keys(), ...this.loaders.keys()])];
  }

  /** Loads a locale. A no-op for English, for a loaded locale and for an unknown one; never rejects (English stays the fallback). */
  load(locale: Locale): Promise<void> {
    const l = normaliseLocale(locale);
    const loader = this.loaders.get(l);
    if (this.byLocale.has(l) || !loader) return Promise.resolve();
    let p = this.loading.get(l);
    if (!p) {
      p = loader()
        .then(
          (messages) => {
            // Messages added by the host while loading win over the loaded ones.
            this.byLocale.set(l, { ...messages, ...this.byLocale.get(l) });
          },
          () => {
            // The chunk failed to load (offline, for instance): English remains; a later call may try again.
          },
        )
        .finally(() => this.loading.delete(l));
      this.loading.set(l, p);
    }
    return p;
  }

  /** The message in `locale`, or in English when the locale (or the key) is not there. */
  t(locale: Locale, key: K, params: Params = {}): string {
    const l = normaliseLocale(locale);
    const own = this.byLocale.get(l)?.[key];
    const m = own ?? this.en[key];
    const from = own !== undefined ? l : 'en';
    if (typeof m === 'function') return m(params);
    if (typeof m === 'string') return fill(m, params);
    if (!m) return key;
    const form = m[pluralCategory(from, Number(params.count))] ?? m.other;
    return fill(form, params);
  }
}

/** Pending catalogue loads per host, for localeReady(). */
const pendingByHost = new WeakMap<HTMLElement, Set<Promise<void>>>();
/** Hosts inside localeReady() waiting for their update (so a getUpdateComplete() calling localeReady() does not recurse). */
const settling = new WeakSet<HTMLElement>();

const controllers = new Set<LocalizeController<string>>();
let observer: MutationObserver | undefined;
function watch(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Keeps a component's language in step with the nearest `lang` attribute and translates through a catalogue: loads
 * the locale's messages when first needed and re-renders the host when they arrive (English is shown meanwhile).
 */
export class LocalizeController<K extends string> implements ReactiveController {
  private current: Locale = 'en';
  private readonly formats = new Map<string, Intl.NumberFormat>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly catalogue: Catalogue<K>,
  ) {
    host.addController(this);
  }

  /** The nearest `lang` attribute, normalised ("cy-GB" -> "cy"). */
  get locale(): Locale {
    return this.current;
  }

  /** The locale for partial dates and ages: 'cy' or 'en'. */
  get dateLocale(): DateLocale {
    return this.current === 'cy' ? 'cy' : 'en';
  }

  hostConnected(): void {
    controllers.add(this);
    watch();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Reads the language again (the MutationObserver calls this when any `lang` attribute changes). */
  refresh(): void {
    const next = normaliseLocale(resolveLang(this.host));
    if (next !== this.current) {
      this.current = next;
      this.host.requestUpdate();
    }
    this.ensureLoaded();
  }

  private ensureLoaded(): void {
    const locale = this.current;
    if (!this.catalogue.has(locale) || this.catalogue.isLoaded(locale)) return;
    let pending = pendingByHost.get(this.host);
    if (!pending) pendingByHost.set(this.host, (pending = new Set()));
    const set = pending;
    const p: Promise<void> = this.catalogue.load(locale).then(() => {
      set.delete(p);
      if (this.current === locale) this.host.requestUpdate();
    });
    set.add(p);
  }

  t(key: K, params?: Params): string {
    return this.catalogue.t(this.current, key, params);
  }

  /** A partial date in this locale: `formatPartialDate(date, dateLocale, opts)`. */
  date(date: string, opts?: FormatOptions): string {
    return formatPartialDate(date, this.dateLocale, opts);
  }

  age(age: Age | null, withMonths?: boolean): string {
    return formatAge(age, this.dateLocale, withMonths);
  }

  number(n: number): string {
    return this.format('number', () => new Intl.NumberFormat(this.current)).format(n);
  }

  /** "Jay, Mia and Kai" in this locale (core's `formatList`: Welsh by its own rules in every browser). */
  list(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return formatList(items, this.current, type);
  }

  private format(kind: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
    const key = `${this.current}|${kind}`;
    let f = this.formats.get(key);
    if (!f) {
      try {
        f = make();
      } catch {
        f = new Intl.NumberFormat('en');
      }
      this.formats.set(key, f);
    }
    return f;
  }
}

/**
 * Resolves when every catalogue the host's LocalizeControllers need is loaded and the host has re-rendered.
 * CaseElement (and any base class) overrides `getUpdateComplete()` to await this first, so `await el.updateComplete`
 * sees Welsh text under `lang="cy"`.
 */
export async function localeReady(host: HTMLElement): Promise<void> {
  for (;;) {
    let pending = pendingByHost.get(host);
    while (pending?.size) {
      await Promise.all(pending);
      pending = pendingByHost.get(host);
    }
    // `in`, not a read: reading updateComplete would call the host's getUpdateComplete().
    if (!('updateComplete' in host) || settling.has(host)) return;
    settling.add(host);
    try {
      await (host as unknown as ReactiveControllerHost).updateComplete;
    } finally {
      settling.delete(host);
    }
    if (!pendingByHost.get(host)?.size) return;
  }
}

const NO_MESSAGES = new Catalogue<never>({});

/**
 * @deprecated Use `LocalizeController` with the package's catalogue. Kept for one session while packages move over:
 * it follows the nearest `lang` attribute (`locale`) and translates nothing itself.
 */
export class LocaleController extends LocalizeController<never> {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host, NO_MESSAGES);
  }
}
