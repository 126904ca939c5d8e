/**
 * A component's print rules applied on screen, in every engine: the `@media print` rules of its shadow root's
 * stylesheets copied into one more stylesheet without the media condition, so a test can ask what printing shows
 * (`checkVisibility`, text) without a print preview, which only Chromium's emulation has. `undo()` removes it.
 */
export function asPrinted(host: Element): { undo(): void } {
  const root = host.shadowRoot;
  if (!root) throw new Error(`${host.localName} has no shadow root`);
  const rules: string[] = [];
  const collect = (list: CSSRuleList) => {
    for (const rule of Array.from(list))
      if (rule instanceof CSSMediaRule && /\bprint\b/.test(rule.media.mediaText))
        for (const inner of Array.from(rule.cssRules)) rules.push(inner.cssText);
  };
  for (const sheet of root.adoptedStyleSheets) collect(sheet.cssRules);
  for (const style of Array.from(root.querySelectorAll('style'))) if (style.sheet) collect(style.sheet.cssRules);
  if (!rules.length) throw new Error(`${host.localName} has no print rules`);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return {
    undo() {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
