/**
 * Dictation through a pluggable speech engine. The element only knows this interface: the default engine is the
 * browser's own speech recognition, used only when the browser says it recognises the language on the device; a
 * host can plug in its own (its own speech service, or a model it serves to the browser).
 */

/** A piece of what was said. Partial segments are replaced by later ones with the same `index`; a final one is kept. */
export interface SpeechSegment {
  /** The utterance this is (0, 1, 2... in order); a partial and its final share an index. */
  index: number;
  text: string;
  final: boolean;
  /** Milliseconds since dictation started: when this utterance began and when this piece was heard. */
  start: number;
  end: number;
}

/** Why dictation could not start or stopped. */
export type SpeechProblem =
  | 'unsupported' // no engine in this browser
  | 'not-on-device' // the browser would send the audio to a service, and the host did not allow that
  | 'needs-download' // the browser can recognise the language on the device once its language pack is installed
  | 'no-microphone' // permission refused or no microphone
  | 'failed'; // anything else (network, aborted by the browser)

/** Whether the engine can dictate in a language, and where the audio goes if it does. */
export type SpeechAvailability = { ok: true; onDevice: boolean } | { ok: false; problem: SpeechProblem };

export interface SpeechListener {
  segment(s: SpeechSegment): void;
  error(problem: SpeechProblem): void;
  /** Dictation ended (after stop(), or the engine stopped by itself). */
  end(): void;
}

export interface SpeechEngine {
  /** Can it dictate in this language (BCP 47, e.g. "en-GB", "cy-GB"), and does the audio stay on the device? */
  available(lang: string): Promise<SpeechAvailability>;
  /** Starts listening; segments arrive through the listener until stop() or an error. */
  start(lang: string, listener: SpeechListener): Promise<void>;
  /** Stops listening; the engine delivers what it has, then calls `end()`. */
  stop(): void;
}

// The Web Speech API's recognition object, as far as we use it (not in TypeScript's DOM types everywhere).
interface RecognitionResult {
  readonly isFinal: boolean;
  readonly 0: { readonly transcript: string };
}
interface RecognitionEvent extends Event {
  readonly resultIndex: number;
  readonly results: ArrayLike<RecognitionResult>;
}
interface Recognition extends EventTarget {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally?: boolean;
  start(): void;
  stop(): void;
  onresult: ((e: RecognitionEvent) => void) | null;
  onerror: ((e: Event & { error?: string }) => void) | null;
  onend: (() => void) | null;
}
type AvailabilityStatus = 'available' | 'downloadable' | 'downloading' | 'unavailable';
interface RecognitionCtor {
  new (): Recognition;
  available?(options: { langs: string[]; processLocally?: boolean }): Promise<AvailabilityStatus>;
}

/** The browser's speech recognition constructor, if any. */
export function browserRecognition(scope: object = globalThis): RecognitionCtor | undefined {
  const g = scope as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return g.SpeechRecognition ?? g.webkitSpeechRecognition;
}

export interface BrowserSpeechOptions {
  /**
   * Allow the browser to send the audio to its speech service when it cannot recognise the language on the device
   * (Chrome and Safari send it to Google or Apple). Off by default: a host turns it on only if its information
   * governance allows it, and the element then says, before dictation starts, that the audio leaves the device.
   */
  allowCloud?: boolean;
  /** The constructor to use (tests); the browser's own by default. */
  recognition?: RecognitionCtor | undefined;
}

/**
 * The default engine: the Web Speech API with `processLocally = true` when
 * `SpeechRecognition.available({ langs, processLocally: true })` answers "available"; otherwise it refuses
 * ("not-on-device", or "needs-download" when the language pack could be installed), unless `allowCloud` is set.
 */
export class BrowserSpeechEngine implements SpeechEngine {
  #rec: Recognition | undefined;
  readonly #ctor: RecognitionCtor | undefined;
  readonly #allowCloud: boolean;

  constructor(options: BrowserSpeechOptions = {}) {
    this.#ctor = 'recognition' in options ? options.recognition : browserRecognition();
    this.#allowCloud = !!options.allowCloud;
  }

  async available(lang: string): Promise<SpeechAvailability> {
    const ctor = this.#ctor;
    if (!ctor) return { ok: false, problem: 'unsupported' };
    let status: AvailabilityStatus | 'unknown' = 'unknown';
    if (typeof ctor.available === 'function') {
      try {
        status = await ctor.available({ langs: [lang], processLocally: true });
      } catch {
        status = 'unknown'; // blocked by Permissions-Policy "on-device-speech-recognition"
      }
    }
    if (status === 'available') return { ok: true, onDevice: true };
    if (this.#allowCloud) return { ok: true, onDevice: false };
    return { ok: false, problem: status === 'downloadable' || status === 'downloading' ? 'needs-download' : 'not-on-device' };
  }

  async start(lang: string, listener: SpeechListener): Promise<void> {
    const where = await this.available(lang);
    if (!where.ok) {
      listener.error(where.problem);
      listener.end();
      return;
    }
    const rec = new this.#ctor!();
    this.#rec = rec;
    rec.lang = lang;
    rec.continuous = true;
    rec.interimResults = true;
    // Required, not preferred: with processLocally the browser fails rather than falling back to its service.
    if (where.onDevice) rec.processLocally = true;
    const t0 = performance.now();
    const starts = new Map<number, number>();
    rec.onresult = (e) => {
      const now = Math.round(performance.now() - t0);
      for (let i = e.resultIndex; i < e.results.length; i++) {
        const r = e.results[i]!;
        if (!starts.has(i)) starts.set(i, now);
        listener.segment({ index: i, text: r[0].transcript, final: r.isFinal, start: starts.get(i)!, end: now });
      }
    };
    rec.onerror = (e) => {
      const code = e.error ?? '';
      listener.error(
        code === 'not-allowed' || code === 'audio-capture' || code === 'service-not-allowed'
          ? 'no-microphone'
          : code === 'language-not-supported'
            ? 'not-on-device'
            : 'failed',
      );
    };
    rec.onend = () => {
      if (this.#rec === rec) this.#rec = undefined;
      listener.end();
    };
    rec.start();
  }

  stop(): void {
    this.#rec?.stop();
  }
}

/** One timed piece for `ReplaySpeechEngine`: `at` milliseconds after start. */
export interface ReplayStep {
  at: number;
  text: string;
  final: boolean;
}

/**
 * A speech engine that replays timed segments: for hosts' tests and demonstrations (nothing is listened to). Steps
 * share an utterance index until a final one; `stop()` ends at once and drops what was not yet replayed.
 */
export class ReplaySpeechEngine implements SpeechEngine {
  #timers: ReturnType<typeof setTimeout>[] = [];
  #listener: SpeechListener | undefined;

  constructor(
    readonly steps: readonly ReplayStep[],
    readonly where: SpeechAvailability = { ok: true, onDevice: true },
  ) {}

  available(): Promise<SpeechAvailability> {
    return Promise.resolve(this.where);
  }

  async start(_lang: string, listener: SpeechListener): Promise<void> {
    if (!this.where.ok) {
      listener.error(this.where.problem);
      listener.end();
      return;
    }
    this.#listener = listener;
    let index = 0;
    let start = 0;
    for (const step of this.steps) {
      const seg: SpeechSegment = { index, text: step.text, final: step.final, start, end: step.at };
      this.#timers.push(setTimeout(() => listener.segment(seg), step.at));
      if (step.final) {
        index += 1;
        start = step.at;
      }
    }
    const last = this.steps.reduce((m, s) => Math.max(m, s.at), 0);
    this.#timers.push(setTimeout(() => this.#finish(), last + 1));
    return Promise.resolve();
  }

  stop(): void {
    this.#finish();
  }

  #finish(): void {
    this.#timers.forEach(clearTimeout);
    this.#timers = [];
    const l = this.#listener;
    this.#listener = undefined;
    l?.end();
  }
}

/** What is shown while dictating: the final text heard so far and the current partial utterance. */
export interface Transcript {
  finals: SpeechSegment[];
  partial: SpeechSegment | undefined;
}

export const emptyTranscript = (): Transcript => ({ finals: [], partial: undefined });

/** Adds a segment: a final one is kept (replacing a partial of the same index); a partial replaces the partial. Pure. */
export function addSegment(t: Transcript, s: SpeechSegment): Transcript {
  if (!s.final) return { finals: t.finals, partial: s };
  const finals = [...t.finals.filter((f) => f.index !== s.index), s];
  return { finals, partial: t.partial && t.partial.index !== s.index ? t.partial : undefined };
}

/** Joins dictated text onto typed text with one space (or a new paragraph when `paragraph`). */
export function appendText(text: string, words: string, paragraph = false): string {
  const w = words.trim();
  if (!w) return text;
  if (!text.trim()) return w;
  return `${text.replace(/\s+$/, '')}${paragraph ? '\n\n' : ' '}${w}`;
}
