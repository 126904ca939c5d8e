/** Registers a custom element once; defining the same tag again is a no-op, so two bundles can coexist. */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
