/**
 * Lane labels that tell lanes apart at a glance. Agencies in one area often share their first words ("Northshire
 * County Council …", "Northshire Police", "Northshire NHS Foundation Trust (Health Visiting)"), so clipping each
 * name to its first few characters gave five lanes the same label. Each name gets up to two lines; a name too long
 * for them first drops the leading words it shares with another lane, and whatever is still cut keeps its end,
 * where the distinguishing words usually are. Pure: the drawing calls it with the width its label column allows.
 */

/** Splits words into at most `lines` lines of `width` characters; undefined when they do not fit. */
function wrap(words: readonly string[], width: number, lines: number): string[] | undefined {
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (w.length > width) return undefined;
    const next = line ? `${line} ${w}` : w;
    if (next.length <= width) line = next;
    else {
      out.push(line);
      line = w;
    }
  }
  if (line) out.push(line);
  return out.length <= lines ? out : undefined;
}

/** The leading words a name shares with any other name in the list. */
function sharedLead(words: readonly string[], others: readonly (readonly string[])[]): number {
  let best = 0;
  for (const o of others) {
    let k = 0;
    while (k < words.length - 1 && k < o.length && o[k]!.toLocaleLowerCase() === words[k]!.toLocaleLowerCase()) k++;
    best = Math.max(best, k);
  }
  return best;
}

/** `width` characters of a name, keeping its end: "…Trust (Health Visiting)". */
function tail(words: readonly string[], width: number, lines: number): string[] {
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const tryWords = [words[i]!, ...kept];
    if (!wrap(['…', ...tryWords], width, lines)) break;
    kept.unshift(words[i]!);
  }
  if (!kept.length) return [`…${words[words.length - 1]!.slice(-(width - 1))}`];
  return kept.length === words.length ? wrap(kept, width, lines)! : wrap(['…', ...kept], width, lines)!.map((l) => l.replace(/^… /, '…'));
}

/** The name's beginning, in up to `lines` lines, the last ending in "…" where the name is cut. */
function head(words: readonly string[], width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (next.length <= width) {
      line = next;
      continue;
    }
    if (out.length === lines - 1) {
      line = `${next.slice(0, width - 1)}…`;
      return [...out, line];
    }
    out.push(line || w.slice(0, width));
    line = line ? w.slice(0, width) : '';
  }
  return [...out, line].filter(Boolean).slice(0, lines);
}

/**
 * The label lines (one or two) for each lane name, in the same order, each line at most `width` characters.
 * Names that fit are kept whole; the rest try, in turn, without the lead words they share with another lane, their
 * beginning and their end, taking the first that no other lane's label reads the same as.
 */
export function laneLabels(names: readonly string[], width: number, lines = 2): string[][] {
  const words = names.map((n) => n.trim().split(/\s+/).filter(Boolean));
  const candidates = words.map((w, i) => {
    if (!w.length) return [['']];
    const whole = wrap(w, width, lines);
    if (whole) return [whole];
    const rest = w.slice(
      sharedLead(
        w,
        words.filter((_, j) => j !== i),
      ),
    );
    const short = wrap(rest, width, lines);
    return [...(short ? [short] : []), head(rest, width, lines), head(w, width, lines), tail(rest, width, lines)];
  });
  const chosen = candidates.map(() => 0);
  const key = (i: number) => candidates[i]![chosen[i]!]!.join(' ');
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (let i = 0; i < words.length; i++) {
      const clash = words.some((_, j) => j !== i && key(j) === key(i));
      if (clash && chosen[i]! < candidates[i]!.length - 1) {
        chosen[i]!++;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return candidates.map((c, i) => c[chosen[i]!]!);
}
