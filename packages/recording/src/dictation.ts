import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addSegment, emptyTranscript, type SpeechEngine, type SpeechProblem, type Transcript } from './speech.js';

export interface DictationOptions {
  engine: () => SpeechEngine;
  /** BCP 47 language to listen for ("en-GB", "cy-GB"). */
  lang: () => string;
  /** Each final utterance, to add to the note. */
  onFinal: (text: string) => void;
}

/**
 * Dictation into a note: asks the engine where the audio would go before it starts, shows the partial words as they
 * come, hands each final utterance to the note, and stops when the element leaves the page.
 */
export class DictationController implements ReactiveController {
  listening = false;
  /** True when the engine in use sends the audio off the device (the element shows a notice). */
  offDevice = false;
  problem: SpeechProblem | undefined;
  transcript: Transcript = emptyTranscript();
  #engine: SpeechEngine | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: DictationOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Asks the engine whether it can dictate, and whether off the device (for the notice before starting). */
  async check(): Promise<void> {
    const where = await this.o.engine().available(this.o.lang());
    this.offDevice = where.ok && !where.onDevice;
    this.problem = where.ok ? undefined : where.problem;
    this.host.requestUpdate();
  }

  async start(): Promise<void> {
    if (this.listening) return;
    const engine = this.o.engine();
    const where = await engine.available(this.o.lang());
    this.offDevice = where.ok && !where.onDevice;
    if (!where.ok) {
      this.problem = where.problem;
      this.host.requestUpdate();
      return;
    }
    this.problem = undefined;
    this.transcript = emptyTranscript();
    this.listening = true;
    this.#engine = engine;
    this.host.requestUpdate();
    await engine.start(this.o.lang(), {
      segment: (s) => {
        this.transcript = addSegment(this.transcript, s);
        if (s.final) this.o.onFinal(s.text);
        this.host.requestUpdate();
      },
      error: (p) => {
        this.problem = p;
        this.host.requestUpdate();
      },
      end: () => {
        this.listening = false;
        this.#engine = undefined;
        this.transcript = { finals: this.transcript.finals, partial: undefined };
        this.host.requestUpdate();
      },
    });
  }

  stop(): void {
    this.#engine?.stop();
  }
}
