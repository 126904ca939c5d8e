import { expect, waitUntil } from '@open-wc/testing';
import {
  addSegment,
  appendText,
  BrowserSpeechEngine,
  emptyTranscript,
  ReplaySpeechEngine,
  type SpeechListener,
  type SpeechProblem,
  type SpeechSegment,
} from '../src/speech.js';

/** A stand-in for the browser's SpeechRecognition: records what it was asked and lets the test drive events. */
function fakeRecognition(status: string | undefined) {
  const made: any[] = [];
  const asked: any[] = [];
  class Rec extends EventTarget {
    lang = '';
    continuous = false;
    interimResults = false;
    processLocally = false;
    onresult: any = null;
    onerror: any = null;
    onend: any = null;
    started = false;
    constructor() {
      super();
      made.push(this);
    }
    start() {
      this.started = true;
    }
    stop() {
      this.onend?.();
    }
  }
  if (status !== undefined)
    (Rec as any).available = (o: any) => {
      asked.push(o);
      return Promise.resolve(status);
    };
  return { Rec: Rec as any, made, asked };
}

function collect(): SpeechListener & { segments: SpeechSegment[]; problems: SpeechProblem[]; ended: number } {
  const out = { segments: [] as SpeechSegment[], problems: [] as SpeechProblem[], ended: 0 };
  return {
    ...out,
    segment(s) {
      out.segments.push(s);
      this.segments = out.segments;
    },
    error(p) {
      out.problems.push(p);
      this.problems = out.problems;
    },
    end() {
      out.ended += 1;
      this.ended = out.ended;
    },
  };
}

describe('BrowserSpeechEngine: speech stays on the device', () => {
  it('asks available({ langs, processLocally: true }) and sets processLocally when the language is on the device', async () => {
    const { Rec, made, asked } = fakeRecognition('available');
    const engine = new BrowserSpeechEngine({ recognition: Rec });
    expect(await engine.available('en-GB')).to.deep.equal({ ok: true, onDevice: true });
    expect(asked[0]).to.deep.equal({ langs: ['en-GB'], processLocally: true });
    const l = collect();
    await engine.start('en-GB', l);
    expect(made).to.have.length(1);
    expect(made[0].processLocally).to.be.true;
    expect(made[0].interimResults).to.be.true;
    expect(made[0].started).to.be.true;
    made[0].onresult({ resultIndex: 0, results: [{ isFinal: false, 0: { transcript: 'Jay showed me' } }] });
    made[0].onresult({ resultIndex: 0, results: [{ isFinal: true, 0: { transcript: 'Jay showed me his room' } }] });
    expect(l.segments.map((s) => [s.index, s.text, s.final])).to.deep.equal([
      [0, 'Jay showed me', false],
      [0, 'Jay showed me his room', true],
    ]);
    engine.stop();
    expect(l.ended).to.equal(1);
  });

  for (const [status, problem] of [
    ['unavailable', 'not-on-device'],
    ['downloadable', 'needs-download'],
    ['downloading', 'needs-download'],
    [undefined, 'not-on-device'], // a browser without available(): it cannot promise the audio stays here
  ] as const) {
    it(`refuses when the browser answers ${status ?? 'nothing'}, and never starts recognition`, async () => {
      const { Rec, made } = fakeRecognition(status);
      const engine = new BrowserSpeechEngine({ recognition: Rec });
      expect(await engine.available('cy-GB')).to.deep.equal({ ok: false, problem });
      const l = collect();
      await engine.start('cy-GB', l);
      expect(made).to.have.length(0);
      expect(l.problems).to.deep.equal([problem]);
      expect(l.ended).to.equal(1);
    });
  }

  it('with allowCloud, uses the service but says the audio leaves the device (onDevice false, processLocally not set)', async () => {
    const { Rec, made } = fakeRecognition('unavailable');
    const engine = new BrowserSpeechEngine({ recognition: Rec, allowCloud: true });
    expect(await engine.available('en-GB')).to.deep.equal({ ok: true, onDevice: false });
    await engine.start('en-GB', collect());
    expect(made[0].processLocally).to.be.false;
  });

  it('says "unsupported" where the browser has no speech recognition', async () => {
    expect(await new BrowserSpeechEngine({ recognition: undefined }).available('en-GB')).to.deep.equal({
      ok: false,
      problem: 'unsupported',
    });
  });

  it('maps a refused microphone to no-microphone', async () => {
    const { Rec, made } = fakeRecognition('available');
    const engine = new BrowserSpeechEngine({ recognition: Rec });
    const l = collect();
    await engine.start('en-GB', l);
    made[0].onerror({ error: 'not-allowed' });
    expect(l.problems).to.deep.equal(['no-microphone']);
  });
});

describe('ReplaySpeechEngine: timed segments for tests', () => {
  it('replays partials and finals in time, with utterance indexes and times, then ends', async () => {
    const engine = new ReplaySpeechEngine([
      { at: 10, text: 'Home visit', final: false },
      { at: 30, text: 'Home visit with mum.', final: true },
      { at: 50, text: 'Jay', final: false },
      { at: 70, text: 'Jay was in his room.', final: true },
    ]);
    const l = collect();
    const done = new Promise<void>((r) => {
      const end = l.end.bind(l);
      l.end = () => {
        end();
        r();
      };
    });
    const t0 = performance.now();
    await engine.start('en-GB', l);
    await done;
    expect(performance.now() - t0).to.be.at.least(60);
    expect(l.segments.map((s) => [s.index, s.final, s.start, s.end])).to.deep.equal([
      [0, false, 0, 10],
      [0, true, 0, 30],
      [1, false, 30, 50],
      [1, true, 30, 70],
    ]);
    let t = emptyTranscript();
    for (const s of l.segments) t = addSegment(t, s);
    expect(t.finals.map((s) => s.text)).to.deep.equal(['Home visit with mum.', 'Jay was in his room.']);
    expect(t.partial).to.equal(undefined);
  });

  it('stop() ends at once and drops the rest', async () => {
    const engine = new ReplaySpeechEngine([
      { at: 5, text: 'one', final: true },
      { at: 5000, text: 'never', final: true },
    ]);
    const l = collect();
    await engine.start('en-GB', l);
    await waitUntil(() => l.segments.length > 0, 'the first segment', { timeout: 10_000 });
    engine.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(l.segments.map((s) => s.text)).to.deep.equal(['one']);
    expect(l.ended).to.equal(1);
  });

  it('appendText joins dictation onto what was typed', () => {
    expect(appendText('', '  Seen at home. ')).to.equal('Seen at home.');
    expect(appendText('Typed first.  ', 'Then spoken.')).to.equal('Typed first. Then spoken.');
    expect(appendText('A', 'B', true)).to.equal('A\n\nB');
    expect(appendText('A', '   ')).to.equal('A');
  });
});
