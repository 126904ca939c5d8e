/**
 * A plain-language helper for text a family will read. It advises and never blocks: it finds long sentences, long
 * words and professional jargon, and suggests plainer words. Offsets are UTF-16 indices into the text, so a host can
 * highlight them. DOM-free.
 */

export type AdviceKind = 'long-sentence' | 'long-word' | 'jargon';
export interface Advice {
  kind: AdviceKind;
  /** Start (inclusive) and end (exclusive) of the span the advice is about. */
  start: number;
  end: number;
  /** The text of the span. */
  text: string;
  /** For jargon: plainer words, in the language asked for. */
  suggestion?: string;
  /** For long sentences: how many words it has. */
  words?: number;
}

export interface PlainLanguageOptions {
  /** Language of the suggestions: 'en' or 'cy'. */
  locale?: string;
  /** Sentences with more words than this are long. GOV.UK advises 25 at most; family-facing text aims lower. */
  maxSentenceWords?: number;
  /** Words with more letters than this are long. */
  maxWordLength?: number;
}

export interface JargonTerm {
  pattern: RegExp;
  en: string;
  cy: string;
}

const j = (source: string, en: string, cy: string): JargonTerm => ({
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu'),
  en,
  cy,
});

/** Terms professionals use that families often do not, with plain alternatives in English and Welsh. */
export const JARGON: readonly JargonTerm[] = [
  j(
    's\\.?\\s?47|section 47(?: enquir(?:y|ies))?|adran 47',
    'a child protection enquiry (when we check whether a child is safe)',
    'ymholiad amddiffyn plant (pan fyddwn ni’n gwirio a yw plentyn yn ddiogel)',
  ),
  j(
    's\\.?\\s?20|section 20|adran 20|adran 76',
    'your child being looked after by the council with your agreement',
    'eich plentyn yn derbyn gofal gan y cyngor gyda’ch cytundeb chi',
  ),
  j(
    'CP plan|CPP|child protection plan|cynllun amddiffyn plant',
    'the plan to keep your child safe',
    'y cynllun i gadw eich plentyn yn ddiogel',
  ),
  j("LAC|CLA|looked[- ]after child(?:ren)?|plentyn sy’n derbyn gofal|plentyn sy'n derbyn gofal", 'a child in care', 'plentyn mewn gofal'),
  j(
    'core group(?: meeting)?|grŵp craidd',
    'the group of people who meet to check the plan is working',
    'y grŵp o bobl sy’n cwrdd i weld a yw’r cynllun yn gweithio',
  ),
  j(
    'strategy (?:discussion|meeting)|trafodaeth strategaeth|cyfarfod strategaeth',
    'a meeting where social workers, police and health staff decide what to do next',
    'cyfarfod lle mae gweithwyr cymdeithasol, yr heddlu a staff iechyd yn penderfynu beth i’w wneud nesaf',
  ),
  j(
    'ICPC|RCPC|(?:initial|review) child protection conference|case conference|cynhadledd amddiffyn plant',
    'the meeting about keeping your child safe',
    'y cyfarfod am gadw eich plentyn yn ddiogel',
  ),
  j('CIN|child in need|plentyn mewn angen', 'extra help for your child and family', 'help ychwanegol i’ch plentyn a’ch teulu'),
  j(
    'PLO|pre-proceedings|public law outline',
    'the last step before the council may go to court',
    'y cam olaf cyn i’r cyngor fynd i’r llys o bosibl',
  ),
  j('safeguarding|diogelu', 'keeping children safe', 'cadw plant yn ddiogel'),
  j('significant harm|niwed sylweddol', 'serious harm', 'niwed difrifol'),
  j('threshold|trothwy', 'the level of worry at which we must act', 'lefel y pryder pan fydd rhaid i ni weithredu'),
  j('multi-agency|aml-asiantaeth', 'different services working together', 'gwasanaethau gwahanol yn gweithio gyda’i gilydd'),
  j(
    'protective factors?|ffactorau amddiffynnol',
    'things that help keep your child safe',
    'pethau sy’n helpu i gadw eich plentyn yn ddiogel',
  ),
  j('risk assessment|asesiad risg', 'checking what could go wrong and how to stop it', 'gwirio beth allai fynd o’i le a sut i’w atal'),
  j(
    'DV|DA|domestic violence',
    'domestic abuse (hurting or controlling a partner or family member)',
    'cam-drin domestig (brifo neu reoli partner neu aelod o’r teulu)',
  ),
  j('CAMHS|CAMHs', 'the children’s mental health service', 'y gwasanaeth iechyd meddwl i blant'),
  j('MASH', 'the team that first looks at worries about a child', 'y tîm sy’n edrych gyntaf ar bryderon am blentyn'),
  j(
    'contact arrangements?|trefniadau cyswllt',
    'family time: when and how your child sees family',
    'amser teulu: pryd a sut mae eich plentyn yn gweld teulu',
  ),
  j('placement|lleoliad', 'where your child lives', 'lle mae eich plentyn yn byw'),
  j('engage with|engagement|ymgysylltu â', 'work with', 'gweithio gyda'),
  j('non-complian(?:ce|t)', 'not doing what was agreed', 'heb wneud yr hyn a gytunwyd'),
  j('facilitate', 'help', 'helpu'),
  j('utili[sz]e', 'use', 'defnyddio'),
  j('in order to', 'to', 'i'),
  j('implement', 'do', 'gwneud'),
];

const SENTENCE = /[^.!?…\n]+(?:[.!?…]+|\n|$)/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Checks text and returns advice, in order of position. Empty text gives no advice. */
export function checkPlainLanguage(text: string, options: PlainLanguageOptions = {}): Advice[] {
  const locale = (options.locale ?? 'en').toLowerCase().startsWith('cy') ? 'cy' : 'en';
  const maxWords = options.maxSentenceWords ?? 20;
  const maxLen = options.maxWordLength ?? 12;
  const out: Advice[] = [];
  if (!text.trim()) return out;

  const jargonSpans: [number, number][] = [];
  for (const term of JARGON) {
    term.pattern.lastIndex = 0;
    for (const m of text.matchAll(term.pattern)) {
      const start = m.index ?? 0,
        end = start + m[0].length;
      if (jargonSpans.some(([s, e]) => start < e && end > s)) continue;
      jargonSpans.push([start, end]);
      out.push({ kind: 'jargon', start, end, text: m[0], suggestion: term[locale] });
    }
  }

  for (const m of text.matchAll(SENTENCE)) {
    const sentence = m[0];
    const words = sentence.match(WORD)?.length ?? 0;
    if (words > maxWords) {
      const lead = sentence.length - sentence.trimStart().length;
      const start = (m.index ?? 0) + lead;
      const end = (m.index ?? 0) + sentence.trimEnd().length;
      out.push({ kind: 'long-sentence', start, end, text: text.slice(start, end), words });
    }
  }

  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/[’'-]+$/u, '');
    const letters = word.replace(/[^\p{L}]/gu, '').length;
    if (letters <= maxLen) continue;
    const start = m.index ?? 0,
      end = start + word.length;
    if (jargonSpans.some(([s, e]) => start < e && end > s)) continue;
    if (/^[\p{Lu}\p{N}]+$/u.test(word)) continue; // an acronym or code, not a long word
    out.push({ kind: 'long-word', start, end, text: word });
  }
  return out.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}
