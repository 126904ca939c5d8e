import { css, svg } from 'lit';

/**
 * A focus ring for drawings in GOV.UK's two focus colours, drawn by one circle: put `focusPaint` inside the svg once
 * and give the focused person's ring `stroke: url(#focus-paint)` and a stroke width of twice the band you want. The
 * paint is a radial gradient over the ring's own box, dark inside the circle's radius and the focus colour outside it,
 * so the change falls on the radius whatever the ring's size: a dark band (19:1 on white) inside a yellow one, which
 * shows on any background, with no second element per person. The stops take their colours from `focusPaintStyles`
 * (the `--_focus` and `--_focus-text` tokens, so a host's focus colours apply).
 */
export const focusPaint = svg`<defs><radialGradient id="focus-paint" class="focus-paint">
  <stop class="inner" offset="0"></stop><stop class="inner" offset="1"></stop><stop class="outer" offset="1"></stop>
</radialGradient></defs>`;

/** The colours of `focusPaint`'s stops: add to the stylesheet of an element that draws it. */
export const focusPaintStyles = css`
  .focus-paint .inner {
    stop-color: var(--_focus-text);
  }
  .focus-paint .outer {
    stop-color: var(--_focus);
  }
`;
