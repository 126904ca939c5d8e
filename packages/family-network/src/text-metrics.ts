/**
 * Text measurement without a DOM: a conservative estimate of how wide a line of text is in a sans-serif font
 * (Arial / GDS Transport metrics, rounded up), so the layout can reserve room for every label and check that no two
 * labels overlap. Labels are wrapped between words (`wrapText`), never cut; `fitText` (ellipsis) is kept for callers
 * that need one line.
 */

const NARROW = new Set("iljtfrI.,:;'!|()[] ".split(''));
const WIDE = new Set('MWmw@%'.split(''));

/** Width of one character in ems. */
function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.9;
  if (ch >= 'A' && ch <= 'Z') return 0.72;
  if (ch >= '0' && ch <= '9') return 0.58;
  if (ch >= 'a' && ch <= 'z') return 0.58;
  // Accented letters, other scripts, symbols: assume wide.
  return 0.8;
}

/** Estimated width in CSS pixels of `text` at `fontSize` px (bold adds 8%). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return Math.ceil(em * fontSize * (bold ? 1.08 : 1));
}

/** Shortens `text` with an ellipsis so that it fits `maxWidth` pixels. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (textWidth(clean, fontSize, bold) <= maxWidth) return clean;
  const chars = [...clean];
  let lo = 0,
    hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('').trimEnd() + '…', fontSize, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}

/**
 * Wraps `text` into lines of at most `maxWidth` pixels, breaking only between words: a word wider than the line
 * keeps a line of its own, whole (a label may grow for it, but no word is ever cut or broken).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (!line || textWidth(next, fontSize, bold) <= maxWidth) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}
