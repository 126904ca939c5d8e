import { VERSION } from './version.js';

/** Which version defined each tag, shared by every copy of this module on the page (two bundles, two versions). */
const REGISTRY_KEY = Symbol.for('opencasework.definedVersions');
/** Version pairs already warned about, so a page gets one warning, not one per tag. */
const WARNED_KEY = Symbol.for('opencasework.versionWarnings');

type Registry = { [REGISTRY_KEY]?: Map<string, string>; [WARNED_KEY]?: Set<string> };

/**
 * Registers a custom element once; defining the same tag again is a no-op, so two bundles can coexist. When the tag
 * was defined by a different version of these packages, the first definition still wins (the platform allows one)
 * and the console gets one warning naming the tag and both versions (never any case data).
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, version: string = VERSION): void {
  if (typeof customElements === 'undefined') return;
  const g = globalThis as Registry;
  const versions = (g[REGISTRY_KEY] ??= new Map<string, string>());
  if (customElements.get(tag)) {
    const first = versions.get(tag);
    if (first !== undefined && first !== version) warnOnce(g, tag, first, version);
    return;
  }
  customElements.define(tag, ctor);
  versions.set(tag, version);
}

function warnOnce(g: Registry, tag: string, first: string, later: string): void {
  const warned = (g[WARNED_KEY] ??= new Set<string>());
  const pair = `${first}|${later}`;
  if (warned.has(pair)) return;
  warned.add(pair);
  console.warn(
    `Open Casework: <${tag}> is already defined by version ${first}; version ${later} on this page is not used for it. ` +
      'Load one version of the Open Casework packages (or one bundle) per page.',
  );
}
