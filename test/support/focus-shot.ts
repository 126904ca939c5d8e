/**
 * Visible focus measured on pixels, as WCAG 2.4.13 measures it: screenshots of a control focused and unfocused, and
 * how many of its pixels (and those of a 4 px band around it) change colour by at least 3:1. The indicator must cover
 * at least the area of a 2 CSS px ring around the control (its perimeter × 2).
 * Screenshots come from the server command in test/support/screenshot-plugin.mjs: Chromium and Firefox through
 * puppeteer (a clip of the page), WebKit through WebDriver's screenshot endpoint (the viewport, cropped here).
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface FocusChange {
  /** Pixels (CSS px²) whose colour changed by at least 3:1. */
  changed: number;
  /** The area of a 2 CSS px ring just inside the control's box. */
  needed: number;
}

const PAD = 4;

/** The control's box with a 4 px band, kept inside the viewport; null when nothing of it is on screen. */
export function clipOf(el: Element): Box | null {
  const r = el.getBoundingClientRect();
  const x = Math.max(0, Math.floor(r.left - PAD));
  const y = Math.max(0, Math.floor(r.top - PAD));
  const right = Math.min(innerWidth, Math.ceil(r.right + PAD));
  const bottom = Math.min(innerHeight, Math.ceil(r.bottom + PAD));
  if (right - x < 2 || bottom - y < 2) return null;
  return { x, y, width: right - x, height: bottom - y };
}

async function decode(png: string): Promise<ImageBitmap> {
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  return createImageBitmap(new Blob([bytes], { type: 'image/png' }));
}

/** The pixels of `clip` as painted, at 1 pixel per CSS px; null where the engine gives no screenshot. */
export async function shoot(clip: Box): Promise<ImageData | null> {
  let answer: { png: string; clipped: boolean } | null;
  try {
    answer = await executeServerCommand<{ png: string; clipped: boolean } | null, { clip: Box & { scrollX: number; scrollY: number } }>(
      'viewport-shot',
      { clip: { ...clip, scrollX, scrollY } },
    );
  } catch {
    return null;
  }
  if (!answer?.png) return null;
  const img = await decode(answer.png);
  const canvas = new OffscreenCanvas(clip.width, clip.height);
  const g = canvas.getContext('2d', { willReadFrequently: true })!;
  g.imageSmoothingEnabled = false; // whole pixels: a scaled or shifted copy must not blur a ring's edge below 3:1
  if (answer.clipped) g.drawImage(img, 0, 0, img.width, img.height, 0, 0, clip.width, clip.height);
  else {
    const k = img.width / innerWidth; // device pixels per CSS px in a whole-viewport screenshot
    g.drawImage(img, clip.x * k, clip.y * k, clip.width * k, clip.height * k, 0, 0, clip.width, clip.height);
  }
  return g.getImageData(0, 0, clip.width, clip.height);
}

const lin = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const LUM = new Float64Array(256).map((_, i) => lin(i));

/** The part `clip` of a larger shot taken of `whole` (both in viewport CSS px). */
export function crop(img: ImageData, whole: Box, clip: Box): ImageData {
  const out = new ImageData(clip.width, clip.height);
  for (let y = 0; y < clip.height; y++) {
    const from = ((clip.y - whole.y + y) * img.width + (clip.x - whole.x)) * 4;
    out.data.set(img.data.subarray(from, from + clip.width * 4), y * clip.width * 4);
  }
  return out;
}

/** Pixels changed by at least 3:1 between two shots of the same box, against a 2 px ring of the control. */
export function focusChange(focused: ImageData, unfocused: ImageData, control: DOMRect): FocusChange {
  const a = focused.data,
    b = unfocused.data;
  let changed = 0;
  for (let i = 0; i < a.length && i < b.length; i += 4) {
    const la = 0.2126 * LUM[a[i]!]! + 0.7152 * LUM[a[i + 1]!]! + 0.0722 * LUM[a[i + 2]!]!;
    const lb = 0.2126 * LUM[b[i]!]! + 0.7152 * LUM[b[i + 1]!]! + 0.0722 * LUM[b[i + 2]!]!;
    const ratio = (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    if (ratio >= 3) changed++;
  }
  const w = Math.min(control.width, innerWidth),
    h = Math.min(control.height, innerHeight);
  // A 2 px ring just inside the control's box: 2 × 2 × (w + h) less the four corners counted twice.
  return { changed, needed: Math.round(4 * (w + h) - 16) };
}

/** The element that has focus, through shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
