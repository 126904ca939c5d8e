import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type StyleInfo = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Sets inline styles through the CSSOM (`element.style.setProperty`) every time, including the first render.
 * Lit's `styleMap` writes a `style` attribute on first render, which a strict `style-src 'self'` policy blocks;
 * CSSOM changes are allowed. Use as an element binding: `<div ${styleProps({ height: '20px' })}>`.
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps must be used as an element binding: <div ${styleProps({...})}>');
  }

  render(_styles: StyleInfo) {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [StyleInfo]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (styles[name] == null) style.removeProperty(toCss(name));
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      style.setProperty(toCss(name), String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

const toCss = (name: string) => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

export const styleProps = directive(StylePropsDirective);
