import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Document } from '@opencasework/core';
import { DraftStore } from '../src/draft-store.js';
import { $, freshNames, mountNote, seededStore, until } from './fixtures.js';

const realGetUserMedia = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices);

/** A microphone made in the page: a 440 Hz tone through Web Audio, as a real MediaStream (no device needed). */
async function toneMicrophone(): Promise<{ stream: MediaStream; playing: boolean; stopped: () => boolean; close: () => Promise<void> }> {
  // A key press gives the page the user activation audio needs (as the practitioner's tap would).
  const input = document.createElement('input');
  document.body.append(input);
  input.focus();
  await sendKeys({ press: 'a' });
  input.remove();
  const ctx = new AudioContext();
  // Headless Firefox keeps audio suspended whatever the page does (no user activation through its driver).
  await Promise.race([ctx.resume(), new Promise((r) => setTimeout(r, 3000))]);
  const osc = ctx.createOscillator();
  const dest = ctx.createMediaStreamDestination();
  osc.connect(dest);
  osc.start();
  return {
    playing: ctx.state === 'running',
    stream: dest.stream,
    stopped: () => dest.stream.getAudioTracks().every((t) => t.readyState === 'ended'),
    close: () => ctx.close(),
  };
}

/**
 * Whether a getUserMedia call for a camera succeeded, and how the others failed ("NotReadableError: …"). The
 * describe's afterEach puts the browser's own getUserMedia back.
 */
function watchCamera(): { started: boolean; errors: string[] } {
  const devices = navigator.mediaDevices;
  const real = devices.getUserMedia.bind(devices);
  const seen = { started: false, errors: [] as string[] };
  devices.getUserMedia = (c?: MediaStreamConstraints) =>
    real(c).then(
      (stream) => {
        if (c?.video) seen.started = true;
        return stream;
      },
      (e: unknown) => {
        seen.errors.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
        throw e;
      },
    );
  return seen;
}

/** A note on a fresh store with clips allowed, consent given, and "Record a clip" pressed. */
async function clipStarted() {
  const { caseDb, draftDb } = freshNames();
  const store = await seededStore(caseDb);
  const el = await mountNote(store, draftDb, { clips: true });
  $(el, '#n-consent').click();
  await el.updateComplete;
  $(el, '#n-clip').click();
  return { store, el, draftDb };
}

describe('<cw-quick-note>: short audio clips', function () {
  this.timeout(30000);
  afterEach(() => {
    if (realGetUserMedia) navigator.mediaDevices.getUserMedia = realGetUserMedia;
  });

  it('are offered only where the host allows them, and only after consent', async () => {
    const { caseDb, draftDb } = freshNames();
    const store = await seededStore(caseDb);
    const off = await mountNote(store, draftDb);
    $(off, '#n-consent').click();
    await off.updateComplete;
    expect($(off, '#n-clip')).to.equal(null);
    const on = await mountNote(store, freshNames().draftDb, { clips: true });
    expect($(on, '#n-clip')).to.equal(null);
    $(on, '#n-consent').click();
    await on.updateComplete;
    expect($(on, '#n-clip')).to.exist;
    store.close();
  });

  it('records from the microphone until stopped, keeps the clip with the draft and releases the microphone', async () => {
    const mic = await toneMicrophone();
    let asked: MediaStreamConstraints | undefined;
    navigator.mediaDevices.getUserMedia = (c) => {
      asked = c;
      return Promise.resolve(mic.stream);
    };
    const { store, el, draftDb } = await clipStarted();
    await until(() => !!el.shadowRoot!.querySelector('.recording'));
    expect(asked).to.deep.equal({ audio: true });
    await new Promise((r) => setTimeout(r, 1200));
    $(el, '#n-clip').click(); // Stop recording
    await until(() => !!el.shadowRoot!.querySelector('.media, .notice.problem'), 15_000);
    if (!mic.playing && !el.shadowRoot!.querySelector('.media')) {
      // Where the test browser gives the page no sound (headless Firefox) the recording may be empty: it is refused.
      expect(mic.stopped(), 'microphone released').to.be.true;
      expect($(el, '.notice.problem').textContent).to.include('microphone could not be used');
      await mic.close();
      store.close();
      return;
    }
    await until(() => !!el.shadowRoot!.querySelector('.media'));
    expect(mic.stopped(), 'microphone released').to.be.true;
    expect($(el, '.media-title').textContent).to.match(/^Audio clip, \d+ s$/);
    const drafts = new DraftStore(draftDb);
    const [id] = await drafts.fileIds('quick-note:evans-1:Sam Patel');
    const file = await drafts.getFile(id!);
    expect(file!.blob.size).to.be.greaterThan(0);
    expect(file!.blob.type).to.match(/^audio\//);
    drafts.close();
    await mic.close();
    store.close();
  });

  it('says so when the microphone cannot be used, and keeps nothing', async () => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    const { store, el } = await clipStarted();
    await until(() => !!el.shadowRoot!.querySelector('.notice.problem'));
    expect($(el, '.notice.problem').textContent).to.include('microphone could not be used');
    expect(el.shadowRoot!.querySelector('.media')).to.equal(null);
    store.close();
  });

  it('tries again when asked: a failed attempt’s notice goes when the next one starts', async () => {
    let calls = 0;
    navigator.mediaDevices.getUserMedia = () =>
      ++calls === 1 ? Promise.reject(new DOMException('Could not start audio source', 'NotReadableError')) : new Promise(() => {});
    const { store, el } = await clipStarted();
    await until(() => !!el.shadowRoot!.querySelector('.notice.problem'));
    expect(el.shadowRoot!.querySelector('.recording')).to.equal(null);
    $(el, '#n-clip').click();
    await el.updateComplete;
    expect(calls).to.equal(2);
    expect(el.shadowRoot!.querySelector('.notice.problem'), 'the first attempt’s notice').to.equal(null);
    expect(el.shadowRoot!.querySelector('.recording'), 'recording again').to.exist;
    store.close();
  });

  it('records from the browser’s own microphone where the test browser has a fake one (Chromium), and says so where it has none', async () => {
    const { store, el, draftDb } = await clipStarted();
    const chromium = /Chrome\//.test(navigator.userAgent);
    if (chromium) {
      // Chromium runs with --use-fake-device-for-media-stream (a generated 440 Hz WAV): a real getUserMedia and MediaRecorder.
      await until(() => !!el.shadowRoot!.querySelector('.recording'));
      await new Promise((r) => setTimeout(r, 1500));
      $(el, '#n-clip').click();
      await until(() => !!el.shadowRoot!.querySelector('.media'), 15_000);
      const drafts = new DraftStore(draftDb);
      const [id] = await drafts.fileIds('quick-note:evans-1:Sam Patel');
      const file = await drafts.getFile(id!);
      expect(file!.blob.size).to.be.greaterThan(500);
      drafts.close();
    } else {
      // Firefox and WebKit here have no fake devices: getUserMedia refuses, and the note says so.
      await until(() => !!el.shadowRoot!.querySelector('.notice.problem'), 15_000);
      expect(el.shadowRoot!.querySelector('.media')).to.equal(null);
    }
    store.close();
  });

  it('records a short video from the camera and microphone where the host allows video (Chromium’s fake camera), saved as a video document', async function () {
    // Chromium's fake camera can be slow to start, or fail to, when three browsers share two cores (seen in CI).
    this.timeout(120_000);
    const { caseDb, draftDb } = freshNames();
    const store = await seededStore(caseDb);
    const audioOnly = await mountNote(store, freshNames().draftDb, { clips: true });
    $(audioOnly, '#n-consent').click();
    await audioOnly.updateComplete;
    expect($(audioOnly, '#n-video'), 'no video unless the host allows it').to.equal(null);
    const el = await mountNote(store, draftDb, { clips: true, video: true });
    expect($(el, '#n-video'), 'nothing before consent').to.equal(null);
    $(el, '#n-consent').click();
    await el.updateComplete;
    const camera = watchCamera();
    $(el, '#n-video').click();
    if (!/Chrome\//.test(navigator.userAgent)) {
      // Firefox and WebKit here have no camera: the note says so and keeps nothing.
      await until(() => !!el.shadowRoot!.querySelector('.notice.problem'), 15_000);
      expect($(el, '.notice.problem').textContent).to.include('camera or the microphone could not be used');
      expect(el.shadowRoot!.querySelector('.media')).to.equal(null);
      store.close();
      return;
    }
    // The generated moving square and tone (web-test-runner.config.mjs): a real camera, microphone and MediaRecorder.
    // Under the three-engine CI load Chromium's fake camera has failed to start (twice in about fifteen full runs):
    // the note then says so, and a second press tries again, as a practitioner would. Only a device that could not
    // start is tried again; any other refusal fails the test at once.
    await until(() => camera.started || camera.errors.length > 0, 45_000);
    for (let attempt = 1; !camera.started && attempt < 3; attempt++) {
      expect(camera.errors.at(-1), 'the camera could not start').to.match(/^(NotReadableError|AbortError|TimeoutError)/);
      await until(() => !!el.shadowRoot!.querySelector('.notice.problem'));
      $(el, '#n-video').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.notice.problem'), 'the failed attempt’s notice is gone').to.equal(null);
      await until(() => camera.started || camera.errors.length > attempt, 45_000);
    }
    expect(camera.started, `the camera started (${camera.errors.join('; ')})`).to.equal(true);
    expect(el.shadowRoot!.querySelector('.recording'), 'recording').to.exist;
    expect($(el, '#n-clip'), 'one recording at a time').to.equal(null);
    await new Promise((r) => setTimeout(r, 1500));
    $(el, '#n-video').click(); // Stop recording
    await until(() => !!el.shadowRoot!.querySelector('.media'), 15_000);
    expect($(el, '.media-title').textContent).to.match(/^Video clip, \d+ s$/);
    const note = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#n-note')!;
    note.value = 'Tyler showed me round the garden.';
    note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    $(el, '#n-seen-yes').click();
    await el.updateComplete;
    $(el, '#n-alone-no').click();
    $(el, '#n-save').click();
    await until(() => /Saved to the chronology/.test($(el, '.status').textContent ?? ''), 10000);
    const doc = (await store.load({ kind: 'case', id: 'evans-1' }))!.doc as { documents?: Document[] };
    const video = (doc.documents ?? []).find((d) => d.kind === 'video')!;
    expect(video.mediaType).to.match(/^video\/webm/);
    const blob = (await store.getAttachment(video.attachmentId!))!;
    expect(blob.size).to.equal(video.size);
    expect(blob.size).to.be.greaterThan(2000);
    store.close();
  });
});
