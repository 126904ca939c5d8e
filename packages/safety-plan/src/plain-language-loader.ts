/**
 * The plain-language helper and its glossary (160 terms in English and Welsh, about 11 kB gzip) load on demand, the
 * way the Welsh catalogues do: only when a view needs them (the family version, shown or printed, and the advice
 * under a family-facing text box in the edit forms), never for the first view of the working map.
 * Views call `plainLanguage()`: the helper once loaded, or `undefined` while it loads (they render their pending
 * state); `PlainLanguageController` re-renders its host once it has loaded and holds `updateComplete` until then.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onDemand } from '@opencasework/core';
import type * as Helper from './plain-language.js';

/** The plain-language helper: `checkPlainLanguage`, `glossText`, `findTerms`, `mutations` and `GLOSSARY`. */
export type PlainLanguage = typeof Helper;

const helper = onDemand<PlainLanguage>(() => import('./plain-language.js'));

/** Loads the helper and its glossary once (later calls share the same promise; a failed load may be tried again). */
export const loadPlainLanguage = (): Promise<PlainLanguage> => helper.load();

/** True once the helper has loaded (asking does not load it). */
export const plainLanguageLoaded = (): boolean => helper.loaded;

/** The helper if it has loaded; otherwise starts loading it and returns undefined (render the pending state). */
export const plainLanguage = (): PlainLanguage | undefined => helper.get();

/** Re-renders the host when a load that one of its renders started has finished. */
export class PlainLanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The load under way, if any: the host's `updateComplete` waits for it (and the render that follows). */
  get pending(): Promise<unknown> | undefined {
    return helper.pending;
  }

  hostUpdated(): void {
    helper.pending?.then(
      () => this.host.requestUpdate(),
      () => undefined,
    );
  }
}
